package org.phonelock.domain;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A password kept in a file (a profile's or a schedule file's {@code password}; README,
 * "Profiles" and "Schedules") with the server that same file names. Such a password was written
 * for that server, so it is sent there only: a server given elsewhere (a flag, a variable left
 * over in the shell, another file) would otherwise receive it, together with a user name of its
 * choosing. A password given for the command at hand ({@code PHONELOCK_PASSWORD}, {@code
 * --password-file}, {@code --password-stdin}, the prompt) is not kept, and goes where the command
 * goes. {@link #toString()} never shows the password.
 *
 * @param text the password as written in the file
 * @param place the file and line of the password, for messages, e.g. {@code profile 'lab',
 *     /home/ann/.config/phonelock/config.yaml:4}
 * @param server the {@code server} the same file names, as written; empty when it names none
 * @param holder what names the server, for messages: {@code that file}, or {@code that profile}
 *     (a profiles file names servers for other profiles, which do not count)
 */
public record KeptPassword(String text, String place, Optional<String> server, String holder) {
  public KeptPassword {
    requireNonNull(text, "text");
    requireNonNull(place, "place");
    requireNonNull(server, "server");
    requireNonNull(holder, "holder");
  }

  /** A password kept in a file of its own, such as a schedule file. */
  public KeptPassword(String text, String place, Optional<String> server) {
    this(text, place, server, "that file");
  }

  /** A profile's password, with the server of that profile. */
  public static KeptPassword inProfile(String text, String place, Optional<String> server) {
    return new KeptPassword(text, place, server, "that profile");
  }

  /**
   * Refuses a password whose file names no server, whatever the command's server: it can be
   * sent nowhere, and the file alone shows it, so it is refused when the file is read.
   *
   * @throws IllegalArgumentException as {@link #sentTo} does for such a password
   */
  public void requireServer() {
    requireServer("");
  }

  /**
   * The password, when {@code target} is the server its file names ({@link
   * ServerUrl#sameServerAs}); the check is made before anything is sent.
   *
   * @param target the server the command acts on
   * @param targetSource where {@code target} comes from, e.g. {@code PHONELOCK_SERVER}
   * @return the password as written
   * @throws IllegalArgumentException when the file names no server, or another one; the message
   *     names the password's place, the server's source and how to go on, never the password
   */
  public String sentTo(ServerUrl target, String targetSource) {
    requireServer(", not to " + target + " from " + targetSource);
    if (!sameServer(server.get(), target)) {
      throw new IllegalArgumentException("the password kept in " + place + " is sent only to"
          + " the server named in that file, not to " + target + " from " + targetSource
          + "; give the password with PHONELOCK_PASSWORD, --password-file or --password-stdin,"
          + " or drop " + targetSource);
    }
    return text;
  }

  private void requireServer(String notTo) {
    if (server.isEmpty()) {
      throw new IllegalArgumentException("the password kept in " + place + " is sent only to"
          + " the server named in " + holder + ", which names none" + notTo + "; give the"
          + " password with PHONELOCK_PASSWORD, --password-file or --password-stdin, or name the"
          + " server in " + holder);
    }
  }

  private static boolean sameServer(String named, ServerUrl target) {
    try {
      return ServerUrl.parse(named).sameServerAs(target);
    } catch (IllegalArgumentException e) {
      // Not a server URL: it names no server the password could go to.
      return false;
    }
  }

  /**
   * Shows the place only: never the password, nor the server as written (a URL with user
   * information may hold a password; {@link ServerUrl} refuses it).
   *
   * @return {@code KeptPassword[place=PLACE, text=<redacted>]}
   */
  @Override
  public String toString() {
    return "KeptPassword[place=" + place + ", text=<redacted>]";
  }
}
