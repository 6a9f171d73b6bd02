package org.phonelock.adapters.cli.schedule;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.phonelock.adapters.cli.CliContext;
import org.phonelock.adapters.cli.ConnectionOptions;
import org.phonelock.adapters.cli.ConnectionSettings;
import org.phonelock.adapters.cli.InvalidInputException;
import org.phonelock.adapters.cli.Profiles;
import org.phonelock.application.port.out.ScheduleStateStore;
import org.phonelock.domain.KeptPassword;
import org.phonelock.domain.ServerUrl;

/**
 * One server a schedule acts on: the one of {@code server}, {@code user} and {@code profile}, or
 * one per name of {@code profiles} (README, "Several servers").
 *
 * @param profile the profile of {@code profiles:} that gives it; empty for the one server of a
 *     file without {@code profiles:}
 * @param settings how to reach it; the password is empty when it was not needed
 */
record ScheduleTarget(Optional<String> profile, ConnectionSettings settings) {
  ScheduleTarget {
    requireNonNull(profile, "profile");
    requireNonNull(settings, "settings");
  }

  /** The server URL, as the audit records and the state file name it. */
  String server() {
    return settings.server().toString();
  }

  /** E.g. {@code rome (https://rome.example.com)}, or the URL alone without a profile. */
  String describe() {
    return profile.map(p -> p + " (" + server() + ")").orElse(server());
  }

  /**
   * The servers of a schedule file, each resolved and checked (server, user, password source)
   * before anything is sent, as {@code schedule run} resolves them.
   *
   * @param flags the connection flags ({@link ConnectionOptions#of}); {@code --server} and {@code
   *     --user} are refused with {@code profiles:}, which gives a server and user per profile
   * @param needPassword false when nothing is sent ({@code --dry-run}, {@code status})
   * @param log the {@code -v} log, if any
   * @return one target per server, in file order
   * @throws InvalidInputException when a profile or setting cannot be used; the message names
   *     the schedule file, and the profile and its line for {@code profiles:}
   */
  static List<ScheduleTarget> of(ScheduleFile file, CliContext context,
      ConnectionOptions flags, boolean needPassword, Optional<Consumer<String>> log) {
    Profiles profiles = new Profiles(context);
    // Checked first, so that a profile problem names the schedule file's key, not --profile.
    profileProblems(file, profiles).stream().findFirst().ifPresent(problem -> {
      throw new InvalidInputException(problem);
    });
    if (file.profiles().isEmpty()) {
      try {
        // The file's password is kept for the file's own server (KeptPassword).
        Optional<KeptPassword> password = file.password().map(p -> new KeptPassword(p,
            file.path() + ":" + file.passwordLine(), file.server().map(URI::toString)));
        return List.of(new ScheduleTarget(Optional.empty(), flags.withScheduleFile(file.server(),
            file.user(), file.profile(), password).toSettings(context, profiles,
            needPassword, log)));
      } catch (InvalidInputException e) {
        throw new InvalidInputException("schedule " + file.path() + ": " + e.getMessage());
      }
    }
    if (flags.overridesServerOrUser()) {
      throw new InvalidInputException("schedule " + file.path() + ": --server and --user cannot"
          + " be combined with 'profiles' (line " + file.profileLine() + "): each profile gives"
          + " its own server and user");
    }
    List<ScheduleTarget> targets = new ArrayList<>();
    flags.everyProfile(List.copyOf(file.profiles().keySet()), file::profileSource, context,
        profiles, needPassword, log)
        .forEach((name, settings) -> targets.add(new ScheduleTarget(Optional.of(name), settings)));
    return List.copyOf(targets);
  }

  /**
   * Why the profiles a schedule file names ({@code profile:} or each of {@code profiles:}) cannot
   * be used, each with the file and the line of its name (README, "Several servers"): the one
   * check of {@code check}, {@code run}, {@code next}, {@code status} and {@code export}.
   *
   * @return one line per problem, in file order; empty when every profile can be used
   */
  static List<String> profileProblems(ScheduleFile file, CliContext context) {
    Profiles profiles = new Profiles(context);
    List<String> problems = profileProblems(file, profiles);
    if (problems.isEmpty()) {
      keptPasswordProblem(file, profiles, context).ifPresent(problems::add);
    }
    return problems;
  }

  /**
   * Why the password kept in the profile of {@code profile:} cannot go to the file's own {@code
   * server} (KeptPassword), as a run given no password refuses it; empty when the file keeps its
   * own password, names no server, or {@code PHONELOCK_PASSWORD} gives one instead. A run checks
   * it when it resolves its server, with its flags, so only the commands that resolve none ask.
   */
  private static Optional<String> keptPasswordProblem(ScheduleFile file, Profiles profiles,
      CliContext context) {
    if (file.server().isEmpty() || file.password().isPresent()
        || context.environment().containsKey("PHONELOCK_PASSWORD")) {
      return Optional.empty();
    }
    try {
      file.profile().flatMap(name -> profiles.select(Optional.of(name), file.profileSource()))
          .flatMap(p -> p.get("password").map(v -> KeptPassword.inProfile(v.text(), p.where(v),
              p.get("server").map(Profiles.Value::text))))
          .ifPresent(kept -> kept.sentTo(ServerUrl.of(file.server().get()),
              "the schedule file's 'server'"));
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(file.profileSource() + ": " + e.getMessage());
    }
  }

  private static List<String> profileProblems(ScheduleFile file, Profiles profiles) {
    List<String> problems = new ArrayList<>();
    file.profile().flatMap(name -> problem(profiles, name, file.profileSource()))
        .ifPresent(problems::add);
    for (String name : file.profiles().keySet()) {
      problem(profiles, name, file.profileSource(name)).ifPresent(problems::add);
    }
    return problems;
  }

  /** Why a profile cannot be used, as selecting it would refuse it; empty when it can. */
  private static Optional<String> problem(Profiles profiles, String name, String source) {
    try {
      profiles.select(Optional.of(name), source);
      return Optional.empty();
    } catch (InvalidInputException e) {
      return Optional.of(e.getMessage());
    }
  }

  /**
   * This server's part of the state file. A file with one server also reads the entries that
   * older versions wrote without a server (backward compatible).
   */
  ScheduleStateStore state(ScheduleStateStore.Shared file, int servers) {
    return file.forServer(server(), servers == 1);
  }
}
