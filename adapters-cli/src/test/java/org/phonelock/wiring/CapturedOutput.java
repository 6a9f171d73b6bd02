package org.phonelock.wiring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.phonelock.adapters.cli.CliContext;
import org.phonelock.adapters.cli.CliRunner;

/**
 * Runs {@code phonelock} in-process through the real Dagger wiring and {@link CliRunner}, and
 * captures everything it could print: its standard output and error, the process's {@code
 * System.err} (where slf4j-simple writes library logs) and every java.util.logging record at
 * every level (Jersey logs there).
 */
final class CapturedOutput {
  /**
   * One run.
   *
   * @param exitCode the exit code
   * @param out what the command printed on standard output
   * @param err what the command printed on standard error
   * @param logs System.err and java.util.logging output during the run
   */
  record Run(int exitCode, String out, String err, String logs) {
    String everything() {
      return out + "\n" + err + "\n" + logs;
    }
  }

  private CapturedOutput() {}

  /**
   * Runs one command line.
   *
   * @param environment the environment variables the command sees
   * @param configDirectory the config directory (never the real home)
   * @param args the arguments
   * @return what happened
   */
  static Run run(Map<String, String> environment, Path configDirectory, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context = new CliContext(environment,
        new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
        new PrintWriter(err, true), prompt -> Optional.empty(), Optional.of(configDirectory));
    ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
    List<String> julRecords = new ArrayList<>();
    Handler handler = recordingHandler(julRecords);
    Logger root = LogManager.getLogManager().getLogger("");
    Level rootLevel = root.getLevel();
    PrintStream originalErr = System.err;
    int exit;
    try {
      System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
      root.setLevel(Level.ALL);
      root.addHandler(handler);
      PhonelockComponent component = DaggerPhonelockComponent.factory().create(context);
      exit = CliRunner.run(component.commandFactory(), context, args);
    } finally {
      root.removeHandler(handler);
      root.setLevel(rootLevel);
      System.setErr(originalErr);
    }
    String logs = systemErr.toString(StandardCharsets.UTF_8) + String.join("\n", julRecords);
    return new Run(exit, out.toString(), err.toString(), logs);
  }

  private static Handler recordingHandler(List<String> records) {
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
        if (record.getParameters() != null) {
          for (Object parameter : record.getParameters()) {
            text.append(' ').append(parameter);
          }
        }
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
          text.append(' ').append(t);
        }
        synchronized (records) {
          records.add(text.toString());
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    handler.setLevel(Level.ALL);
    return handler;
  }
}
