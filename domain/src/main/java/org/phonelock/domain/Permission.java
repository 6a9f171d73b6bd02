package org.phonelock.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A user's Phone Lock permission level (vendor page, "Required permissions"). The directory-file
 * spelling of each level is given by {@link #fileName()} (api-contract.md, "The user directory").
 */
public enum Permission {
  /** Imagicle Admin: global users' visibility. */
  IMAGICLE_ADMIN("admin"),
  /** Phone Lock "Complete Management": global users' visibility. */
  COMPLETE_MANAGEMENT("complete-management"),
  /** Phone Lock "Manage Department User": own department users' visibility. */
  MANAGE_DEPARTMENT_USER("manage-department"),
  /** No access or base access: may not call the API. */
  NONE("none");

  private final String fileName;

  Permission(String fileName) {
    this.fileName = fileName;
  }

  /**
   * The spelling in the user directory file.
   *
   * @return {@code admin}, {@code complete-management}, {@code manage-department} or {@code none}
   */
  public String fileName() {
    return fileName;
  }

  /**
   * Parses the directory-file spelling, case-insensitively; an empty value means {@link #NONE}.
   *
   * @param text the cell text
   * @return the permission, or empty when the text is none of the accepted spellings
   */
  public static Optional<Permission> parse(String text) {
    if (text.isEmpty()) {
      return Optional.of(NONE);
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(p -> p.fileName.equals(lower)).findFirst();
  }

  /**
   * The accepted spellings, for error messages.
   *
   * @return {@code "admin, complete-management, manage-department, none"}
   */
  public static String acceptedNames() {
    return Arrays.stream(values()).map(Permission::fileName).collect(Collectors.joining(", "));
  }
}
