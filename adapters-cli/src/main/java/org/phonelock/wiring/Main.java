package org.phonelock.wiring;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.phonelock.adapters.cli.CliContext;
import org.phonelock.adapters.cli.Profiles;
import org.phonelock.adapters.cli.CliRunner;

/** The {@code phonelock} program: builds the Dagger component and runs the command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs {@code phonelock} in this process, on the real standard streams and environment, with
   * profiles from this platform's config directory ({@link CliContext#platformConfigDirectory}).
   *
   * @return the exit code (see the README)
   */
  public static int run(String... args) {
    Charset charset = Charset.defaultCharset();
    Map<String, String> environment = System.getenv();
    Path configDirectory = CliContext.platformConfigDirectory(
        environment, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    CliContext context =
        new CliContext(
            environment,
            // System.in, not a bare FileInputStream: JDK 17's FileInputStream.readAllBytes seeks,
            // which fails on a pipe ("Illegal seek") and broke --password-stdin.
            System.in,
            new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), charset), true),
            new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), charset), true),
            CliContext.PasswordPrompt.systemConsole(),
            Optional.of(configDirectory));
    PhonelockComponent component = DaggerPhonelockComponent.factory().create(context);
    return CliRunner.run(component.commandFactory(), context, args);
  }
}
