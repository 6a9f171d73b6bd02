package org.phonelock.adapters.fakeserver.contract;

import java.io.IOException;
import java.util.Optional;
import org.phonelock.adapters.fakeserver.FakePhoneLockServer;
import org.phonelock.adapters.fakeserver.UserDirectory;
import org.phonelock.adapters.fakeserver.contract.ContractSettings.Account;
import org.phonelock.domain.Permission;

/**
 * The server the contract suite checks: the one {@value ContractSettings#BASE_URL} names, or else
 * an embedded fake server whose users fit the suite's needs. Never skipped: without the variable
 * the suite checks the fake.
 */
final class ContractTarget implements AutoCloseable {
  private static final String FILTER_VALUE = "phonelock-contract";

  /** Test users in two departments, each matched by the filter, plus some it must not touch. */
  private static final UserDirectory EMBEDDED_USERS = UserDirectory.builder()
      .user("contract-admin", u -> u.password("admin-pw").permission(Permission.IMAGICLE_ADMIN)
          .department("IT"))
      .user("contract-manager", u -> u.password("manager-pw")
          .permission(Permission.MANAGE_DEPARTMENT_USER).department("R&D"))
      .user("contract-no-rights", u -> u.password("no-rights-pw").department("R&D"))
      .user("rd-1", u -> u.department("R&D").customField(10, FILTER_VALUE)
          .lines("2001", "2002@PT_Lab"))
      .user("rd-2", u -> u.department("R&D").customField(10, FILTER_VALUE).lines("2003"))
      .user("sales-1", u -> u.department("Sales & Marketing").customField(10, FILTER_VALUE)
          .lines("3001"))
      .user("sales-2", u -> u.department("Sales & Marketing").lines("3002"))
      .user("it-1", u -> u.department("IT").lines("1001").locked(true))
      .build();

  private final ContractSettings settings;
  private final FakePhoneLockServer embedded;

  private ContractTarget(ContractSettings settings, FakePhoneLockServer embedded) {
    this.settings = settings;
    this.embedded = embedded;
  }

  /**
   * Reads the environment and, without {@value ContractSettings#BASE_URL}, starts the fake.
   *
   * @return the target
   * @throws IOException when the embedded fake cannot start
   * @throws IllegalStateException when the variables are incomplete or malformed
   */
  static ContractTarget open() throws IOException {
    Optional<ContractSettings> remote = ContractSettings.fromEnvironment(System.getenv());
    if (remote.isPresent()) {
      return new ContractTarget(remote.get(), null);
    }
    FakePhoneLockServer fake = FakePhoneLockServer.builder().directory(EMBEDDED_USERS).start();
    return new ContractTarget(new ContractSettings(fake.baseUri(),
        new Account("contract-admin", "admin-pw"), new Account("contract-manager", "manager-pw"),
        "R&D", "Sales & Marketing", new Account("contract-no-rights", "no-rights-pw"),
        "customField10=" + FILTER_VALUE, true), fake);
  }

  ContractSettings settings() {
    return settings;
  }

  @Override
  public void close() {
    if (embedded != null) {
      embedded.close();
    }
  }

  @Override
  public String toString() {
    return embedded == null ? "server " + settings.baseUrl() : "embedded fake server";
  }
}
