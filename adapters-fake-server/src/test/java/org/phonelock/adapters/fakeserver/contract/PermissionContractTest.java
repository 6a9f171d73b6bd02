package org.phonelock.adapters.fakeserver.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.phonelock.adapters.fakeserver.contract.ContractClient.Summary;

/**
 * Contract: vendor page, "Required permissions"; api-contract.md, "Permissions and visibility"
 * (403 without rights, silent narrowing to a department manager's own department).
 */
class PermissionContractTest extends ContractSuite {
  @Test
  void anAccountWithoutPhoneLockRightsGets403() {
    assertThat(http.put("Unlock", filter(), settings.noRights()).statusCode()).isEqualTo(403);
    assertThat(http.put("Lock", filter(), settings.noRights()).statusCode()).isEqualTo(403);
  }

  @Test
  void aDepartmentManagerAskingForAnotherDepartmentMatchesNobody() {
    Optional<Summary> other = http.summary(http.put("Unlock",
        filterAnd("department", settings.otherDepartment()), settings.manager()));
    other.ifPresent(summary -> assertThat(summary.matchedUsers()).isZero());
    Optional<Summary> asAdmin = http.summary(http.put("Unlock",
        filterAnd("department", settings.otherDepartment()), settings.admin()));
    asAdmin.ifPresent(summary -> assertThat(summary.matchedUsers()).isPositive());
  }

  @Test
  void aDepartmentManagerSeesOnlyItsOwnDepartment() {
    Optional<Summary> manager = http.summary(http.put("Unlock", filter(), settings.manager()));
    Optional<Summary> ownDepartment = http.summary(http.put("Unlock",
        filterAnd("department", settings.managerDepartment()), settings.manager()));
    Optional<Summary> admin = http.summary(http.put("Unlock", filter(), settings.admin()));
    if (manager.isPresent() && admin.isPresent() && ownDepartment.isPresent()) {
      assertThat(manager.get().matchedUsers()).isPositive()
          .isLessThan(admin.get().matchedUsers())
          .isEqualTo(ownDepartment.get().matchedUsers());
    }
  }
}
