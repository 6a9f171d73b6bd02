package org.phonelock.adapters.fakeserver.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.phonelock.adapters.fakeserver.contract.ContractSettings.Account;

/** How the contract suite picks its server from {@code PHONELOCK_CONTRACT_*} variables. */
class ContractSettingsTest {
  private static Map<String, String> complete() {
    Map<String, String> env = new HashMap<>();
    env.put("PHONELOCK_CONTRACT_BASE_URL", "https://ias.example.com/");
    env.put("PHONELOCK_CONTRACT_ADMIN_USER", "svc-admin");
    env.put("PHONELOCK_CONTRACT_ADMIN_PASSWORD", "a-secret");
    env.put("PHONELOCK_CONTRACT_MANAGER_USER", "svc-rd");
    env.put("PHONELOCK_CONTRACT_MANAGER_PASSWORD", "m-secret");
    env.put("PHONELOCK_CONTRACT_MANAGER_DEPARTMENT", "R&D");
    env.put("PHONELOCK_CONTRACT_OTHER_DEPARTMENT", "Sales");
    env.put("PHONELOCK_CONTRACT_NO_RIGHTS_USER", "svc-none");
    env.put("PHONELOCK_CONTRACT_NO_RIGHTS_PASSWORD", "n-secret");
    env.put("PHONELOCK_CONTRACT_FILTER", "customField10=phonelock-test");
    return env;
  }

  @Test
  void withoutABaseUrlTheSuiteUsesTheEmbeddedFake() {
    assertThat(ContractSettings.fromEnvironment(Map.of())).isEmpty();
    assertThat(ContractSettings.fromEnvironment(Map.of("PHONELOCK_CONTRACT_BASE_URL", " ")))
        .isEmpty();
  }

  @Test
  void readsEveryVariable() {
    ContractSettings settings = ContractSettings.fromEnvironment(complete()).orElseThrow();
    assertThat(settings.baseUrl()).isEqualTo(URI.create("https://ias.example.com"));
    assertThat(settings.admin()).isEqualTo(new Account("svc-admin", "a-secret"));
    assertThat(settings.manager()).isEqualTo(new Account("svc-rd", "m-secret"));
    assertThat(settings.managerDepartment()).isEqualTo("R&D");
    assertThat(settings.otherDepartment()).isEqualTo("Sales");
    assertThat(settings.noRights()).isEqualTo(new Account("svc-none", "n-secret"));
    assertThat(settings.filter()).isEqualTo("customField10=phonelock-test");
    assertThat(settings.fakeSummaryRequired()).isFalse();
    assertThat(settings.toString()).doesNotContain("a-secret", "m-secret", "n-secret");
  }

  @Test
  void aBaseUrlWithoutTheOtherVariablesFailsNamingThem() {
    Map<String, String> env = complete();
    env.remove("PHONELOCK_CONTRACT_MANAGER_DEPARTMENT");
    env.put("PHONELOCK_CONTRACT_NO_RIGHTS_PASSWORD", "");
    assertThatThrownBy(() -> ContractSettings.fromEnvironment(env))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("missing or empty: PHONELOCK_CONTRACT_MANAGER_DEPARTMENT,"
            + " PHONELOCK_CONTRACT_NO_RIGHTS_PASSWORD");
  }

  @Test
  void malformedValuesAreRefusedWithTheAcceptedForm() {
    Map<String, String> env = complete();
    env.put("PHONELOCK_CONTRACT_BASE_URL", "ias.example.com/fw");
    assertThatThrownBy(() -> ContractSettings.fromEnvironment(env))
        .hasMessageContaining("accepted: http://host[:port] or https://host[:port]");
    env.put("PHONELOCK_CONTRACT_BASE_URL", "http://ias:8080");
    env.put("PHONELOCK_CONTRACT_FILTER", "department=a&customField1=b");
    assertThatThrownBy(() -> ContractSettings.fromEnvironment(env))
        .hasMessageContaining("PHONELOCK_CONTRACT_FILTER is 'department=a&customField1=b';"
            + " accepted: one name=value query parameter");
  }
}
