package org.phonelock.adapters.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** api-contract.md, "Permissions and visibility". */
class PermissionAndVisibilityTest extends SampleServerTest {
  @Test
  void aUserWithoutPhoneLockPermissionGets403() {
    HttpResponse<String> response = api.lock("", "no-rights", "none-demo-pw");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(Api.json(response).get("error").asText()).isEqualTo("forbidden");
    assertThat(Api.json(response).get("message").asText()).contains("no-rights")
        .doesNotContain("none-demo-pw");
    assertThat(Api.lockedExtensions(server)).isEmpty();
  }

  @Test
  void aDepartmentManagerWithoutDepartmentGets403() {
    HttpResponse<String> response = api.lock("?department=IT", "orphan-manager", "orphan-demo-pw");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(Api.json(response).get("message").asText()).contains("no department");
    assertThat(Api.lockedExtensions(server)).isEmpty();
  }

  @Test
  void globalCallersWithoutFilterTouchEveryLine() {
    for (String[] account : new String[][] {
        {"admin", "admin-demo-pw"}, {"lock-manager", "complete-demo-pw"}}) {
      HttpResponse<String> response = api.lock("", account[0], account[1]);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(server.lines()).allMatch(LineState::locked);
      assertThat(Api.json(response).get("matchedUsers").asInt())
          .isEqualTo(UserDirectory.sample().users().size());
      assertThat(Api.json(response).get("matchedLines").asInt()).isEqualTo(server.lines().size());
      api.unlock("", account[0], account[1]);
    }
  }

  @Test
  void aDepartmentManagerWithoutFilterTouchesOnlyItsOwnDepartment() {
    HttpResponse<String> response = api.lock("", "rd-manager", "rd-demo-pw");
    assertThat(response.statusCode()).isEqualTo(200);
    List<LineState> locked = server.lines().stream().filter(LineState::locked).toList();
    assertThat(locked).isNotEmpty().allMatch(line -> "R&D".equals(line.department()));
    assertThat(server.lines().stream().filter(l -> "R&D".equals(l.department())))
        .allMatch(LineState::locked);
    assertThat(Api.json(response).get("changedLines").asInt()).isEqualTo(locked.size());
  }

  @Test
  void visibilityNarrowsSilentlyWhenAManagerFiltersAnotherDepartment() {
    HttpResponse<String> response =
        api.lock("?department=Sales%20%26%20Marketing", "rd-manager", "rd-demo-pw");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Api.summary(response)).containsEntry("matchedUsers", 0)
        .containsEntry("matchedLines", 0).containsEntry("changedLines", 0);
    assertThat(Api.lockedExtensions(server)).isEmpty();
  }

  @Test
  void aManagersFilterIsAndedWithItsVisibility() {
    HttpResponse<String> response =
        api.lock("?customField1=Example1", "sales-manager", "sales-demo-pw");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(server.lines().stream().filter(LineState::locked).map(LineState::username))
        .containsOnly("emma.clarke");
  }
}
