package org.phonelock.adapters.fakeserver.contract;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the contract suite needs to know about the server it checks: where it is, four accounts
 * and two departments, and a filter that confines every action to test users.
 *
 * @param baseUrl {@code http(s)://host[:port]}, no trailing slash
 * @param admin an account with global visibility (Imagicle Admin or "Complete Management")
 * @param manager an account with "Manage Department User"
 * @param managerDepartment the manager's department
 * @param otherDepartment another department
 * @param noRights a valid account without Phone Lock permission
 * @param filter one raw query parameter, {@code name=value} percent-encoded, that matches test
 *     users only: at least one with a line in each of the two departments
 * @param fakeSummaryRequired true when the server is the fake, which always answers 200 with its
 *     JSON summary (api-contract.md, "Responses"); a real server may send no body
 */
record ContractSettings(
    URI baseUrl,
    Account admin,
    Account manager,
    String managerDepartment,
    String otherDepartment,
    Account noRights,
    String filter,
    boolean fakeSummaryRequired) {

  /** The environment variable naming the server; without it the suite runs an embedded fake. */
  static final String BASE_URL = "PHONELOCK_CONTRACT_BASE_URL";

  static final List<String> REQUIRED_WITH_BASE_URL = List.of(
      "PHONELOCK_CONTRACT_ADMIN_USER", "PHONELOCK_CONTRACT_ADMIN_PASSWORD",
      "PHONELOCK_CONTRACT_MANAGER_USER", "PHONELOCK_CONTRACT_MANAGER_PASSWORD",
      "PHONELOCK_CONTRACT_MANAGER_DEPARTMENT", "PHONELOCK_CONTRACT_OTHER_DEPARTMENT",
      "PHONELOCK_CONTRACT_NO_RIGHTS_USER", "PHONELOCK_CONTRACT_NO_RIGHTS_PASSWORD",
      "PHONELOCK_CONTRACT_FILTER");

  /** A user name and password; {@link #toString()} hides the password. */
  record Account(String user, String password) {
    Account {
      requireNonNull(user, "user");
      requireNonNull(password, "password");
    }

    @Override
    public String toString() {
      return "Account[" + user + "]";
    }
  }

  /**
   * Reads the settings of a server named by environment variables.
   *
   * @param env the environment, e.g. {@link System#getenv()}
   * @return the settings, or empty when {@value #BASE_URL} is unset or blank
   * @throws IllegalStateException when {@value #BASE_URL} is set but a required variable is
   *     missing or a value is malformed; the message names every such variable
   */
  static Optional<ContractSettings> fromEnvironment(Map<String, String> env) {
    String base = env.getOrDefault(BASE_URL, "").strip();
    if (base.isEmpty()) {
      return Optional.empty();
    }
    List<String> missing = new ArrayList<>();
    for (String name : REQUIRED_WITH_BASE_URL) {
      if (env.getOrDefault(name, "").isEmpty()) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(BASE_URL + " is set, so the contract suite checks that"
          + " server, but these variables are missing or empty: " + String.join(", ", missing)
          + " (see README, \"Contract tests against a real server\")");
    }
    String filter = env.get("PHONELOCK_CONTRACT_FILTER");
    int equals = filter.indexOf('=');
    if (equals <= 0 || equals == filter.length() - 1 || filter.contains("&")) {
      throw new IllegalStateException("PHONELOCK_CONTRACT_FILTER is '" + filter + "'; accepted:"
          + " one name=value query parameter, percent-encoded, e.g. customField10=phonelock-test");
    }
    return Optional.of(new ContractSettings(baseUrl(base),
        new Account(env.get("PHONELOCK_CONTRACT_ADMIN_USER"),
            env.get("PHONELOCK_CONTRACT_ADMIN_PASSWORD")),
        new Account(env.get("PHONELOCK_CONTRACT_MANAGER_USER"),
            env.get("PHONELOCK_CONTRACT_MANAGER_PASSWORD")),
        env.get("PHONELOCK_CONTRACT_MANAGER_DEPARTMENT"),
        env.get("PHONELOCK_CONTRACT_OTHER_DEPARTMENT"),
        new Account(env.get("PHONELOCK_CONTRACT_NO_RIGHTS_USER"),
            env.get("PHONELOCK_CONTRACT_NO_RIGHTS_PASSWORD")),
        filter, false));
  }

  private static URI baseUrl(String text) {
    String trimmed = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    try {
      URI uri = new URI(trimmed);
      String scheme = String.valueOf(uri.getScheme());
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
          && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getQuery() == null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // answered below, with the accepted form
    }
    throw new IllegalStateException(BASE_URL + " is '" + text + "'; accepted: http://host[:port]"
        + " or https://host[:port], without path or query (e.g. https://ias.example.com)");
  }
}
