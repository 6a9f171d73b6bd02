package org.phonelock.adapters.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.phonelock.adapters.cli.schedule.ScheduleCli;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.in.PhoneLockCommand;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;
import picocli.CommandLine;

/**
 * Runs the CLI in-process with an in-memory client factory that records what would have been
 * sent, and captures standard output and error.
 */
final class CliHarness {
  final Map<String, String> environment = new HashMap<>();
  String stdin = "";
  /** Standard input as a stream, when set: read instead of {@link #stdin}. */
  java.io.InputStream stdinStream;
  Optional<java.nio.file.Path> configDirectory = Optional.empty();
  Optional<String> typedPassword = Optional.empty();
  Function<PhoneLockAction, PhoneLockResult> server =
      action -> new PhoneLockResult.Applied(action, Filter.none(), Optional.empty());
  FakeServerLauncher launcher =
      (directory, bind, port, headerTimeout) -> {
        throw new AssertionError("no fake server expected");
      };

  final List<ConnectionSettings> opened = new ArrayList<>();
  final List<Sent> sent = new ArrayList<>();
  final List<String> prompts = new ArrayList<>();
  String out = "";
  String err = "";

  record Sent(PhoneLockAction action, Filter filter) {}

  int run(String... args) {
    StringWriter outText = new StringWriter();
    StringWriter errText = new StringWriter();
    CliContext context =
        new CliContext(
            environment,
            stdinStream != null ? stdinStream
                : new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintWriter(outText, true),
            new PrintWriter(errText, true),
            prompt -> {
              prompts.add(prompt);
              return typedPassword.map(String::toCharArray);
            },
            configDirectory);
    int exit = CliRunner.run(factory(context), context, args);
    out = outText.toString();
    err = errText.toString();
    return exit;
  }

  /** The command tree as {@link CliRunner} builds it, to walk every command and subcommand. */
  CommandLine commandTree() {
    CliContext context = new CliContext(environment, new ByteArrayInputStream(new byte[0]),
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        prompt -> Optional.empty(), configDirectory);
    return new CommandLine(PhonelockCommand.class, factory(context));
  }

  private CommandLine.IFactory factory(CliContext context) {
    PhoneLockClientFactory clients = this::open;
    return new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        Object command;
        if (type == PhonelockCommand.class) {
          command = new PhonelockCommand(context);
        } else if (type == LockCommand.class) {
          command = new LockCommand(context, clients, ScheduleCli.FILES.auditLogs());
        } else if (type == UnlockCommand.class) {
          command = new UnlockCommand(context, clients, ScheduleCli.FILES.auditLogs());
        } else if (type == FakeServerCommand.class) {
          command = new FakeServerCommand(context, launcher, onShutdown -> onShutdown.run());
        } else if (type == DemoCommand.class) {
          command = new DemoCommand(context, launcher, clients);
        } else if (type == org.phonelock.adapters.cli.schedule.ScheduleCommand.class) {
          command = new org.phonelock.adapters.cli.schedule.ScheduleCommand(
              context, clients, onShutdown -> onShutdown.run(),
              org.phonelock.application.schedule.ScheduleRunner::new,
              org.phonelock.adapters.http.notify.HttpNotifier::new, ScheduleCli.FILES);
        } else {
          return CommandLine.defaultFactory().create(type);
        }
        return type.cast(command);
      }
    };
  }

  private PhoneLockSession open(ConnectionSettings settings) {
    opened.add(settings);
    return new PhoneLockSession() {
      @Override
      public org.phonelock.application.port.in.LockPhones lockPhones() {
        return command -> record(PhoneLockAction.LOCK, command);
      }

      @Override
      public org.phonelock.application.port.in.UnlockPhones unlockPhones() {
        return command -> record(PhoneLockAction.UNLOCK, command);
      }

      @Override
      public List<String> describeRequest(PhoneLockAction action, Filter filter) {
        return List.of("PUT " + settings.server() + "/" + action.endpointName() + " " + filter,
            "Authorization: Basic <redacted>");
      }

      @Override
      public void close() {}
    };
  }

  private PhoneLockResult record(PhoneLockAction action, PhoneLockCommand command) {
    sent.add(new Sent(action, command.filter()));
    return server.apply(action);
  }
}
