package org.phonelock.domain;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Which users a caller may act on, derived from its {@link Permission} (vendor page, "Required
 * permissions"; api-contract.md, "Permissions and visibility").
 */
public sealed interface Visibility {

  /**
   * Tells whether the caller sees {@code user}.
   *
   * @param user a user of the directory
   * @return true when an action by the caller may touch the user's lines
   */
  boolean canSee(ImagicleUser user);

  /**
   * The visibility of a caller.
   *
   * <ul>
   *   <li>Imagicle Admin and "Complete Management": {@link Global}.
   *   <li>"Manage Department User" with a department: {@link OwnDepartment}.
   *   <li>"Manage Department User" without a department: {@link Denied} (api-contract.md,
   *       "decided here": such a caller gets 403).
   *   <li>Anything less: {@link Denied}.
   * </ul>
   *
   * @param caller the authenticated caller
   * @return its visibility
   */
  static Visibility of(ImagicleUser caller) {
    return switch (caller.permission()) {
      case IMAGICLE_ADMIN, COMPLETE_MANAGEMENT -> Global.INSTANCE;
      case MANAGE_DEPARTMENT_USER ->
          caller.department().<Visibility>map(OwnDepartment::new).orElse(Denied.INSTANCE);
      case NONE -> Denied.INSTANCE;
    };
  }

  /** Every user of the directory ("Global users' visibility"). */
  enum Global implements Visibility {
    /** The only instance. */
    INSTANCE;

    /**
     * Sees everybody.
     *
     * @param user any user
     * @return always true
     */
    @Override
    public boolean canSee(ImagicleUser user) {
      return true;
    }
  }

  /**
   * Only the users of the caller's own department ("Own department users' visibility"). The
   * department compares case-insensitively, like filter values (api-contract.md, "Filters").
   *
   * @param department the caller's department, non-empty
   */
  record OwnDepartment(String department) implements Visibility {
    /**
     * Checks the invariant.
     *
     * @throws IllegalArgumentException when the department is empty
     */
    public OwnDepartment {
      requireNonNull(department, "department");
      if (department.isEmpty()) {
        throw new IllegalArgumentException("department must not be empty");
      }
    }

    /**
     * Sees the users of {@link #department()}.
     *
     * @param user any user
     * @return true when the user's department matches the caller's ({@link Text#caseKey})
     */
    @Override
    public boolean canSee(ImagicleUser user) {
      Optional<String> theirs = user.department();
      return theirs.isPresent() && Text.matchesIgnoringCase(theirs.get(), department);
    }
  }

  /** No Phone Lock rights: the API answers 403 (api-contract.md). */
  enum Denied implements Visibility {
    /** The only instance. */
    INSTANCE;

    /**
     * Sees nobody.
     *
     * @param user any user
     * @return always false
     */
    @Override
    public boolean canSee(ImagicleUser user) {
      return false;
    }
  }
}
