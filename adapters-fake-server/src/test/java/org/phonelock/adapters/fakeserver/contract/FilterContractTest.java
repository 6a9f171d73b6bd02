package org.phonelock.adapters.fakeserver.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.phonelock.adapters.fakeserver.contract.ContractClient.Summary;

/**
 * Contract: vendor page, "Filters"; api-contract.md, "Filters" (case-insensitive names and
 * values, {@code +} as space, 400 naming the parameter for an unknown, repeated or empty one).
 */
class FilterContractTest extends ContractSuite {
  @Test
  void anUnknownParameterGets400NamingIt() {
    assertRefused(filter() + "&phonelockContractBogus=1", "phonelockContractBogus");
  }

  @Test
  void aRepeatedFieldGets400NamingIt() {
    assertRefused(filter() + "&" + filter(), filter().substring(0, filter().indexOf('=')));
  }

  @Test
  void anEmptyValueGets400NamingTheField() {
    assertRefused(filter() + "&department=", "department");
  }

  @Test
  void fieldNamesAndValuesMatchCaseInsensitively() {
    String department = settings.otherDepartment();
    List<String> queries = List.of(
        filterAnd("department", department),
        filterAnd("DEPARTMENT", department.toLowerCase(Locale.ROOT)),
        filterAnd("Department", department.toUpperCase(Locale.ROOT)),
        filter() + "&department=" + encode(department).replace("%20", "+"));
    List<Optional<Summary>> replies = queries.stream()
        .map(query -> http.summary(http.put("Unlock", query, settings.admin()))).toList();
    if (replies.get(0).isPresent()) {
      int matched = replies.get(0).get().matchedUsers();
      assertThat(matched).isPositive();
      assertThat(replies).allSatisfy(reply -> assertThat(reply)
          .hasValueSatisfying(s -> assertThat(s.matchedUsers()).isEqualTo(matched)));
    }
  }

  private static void assertRefused(String query, String parameter) {
    HttpResponse<String> reply = http.put("Unlock", query, settings.admin());
    assertThat(reply.statusCode()).as(query).isEqualTo(400);
    http.errorMessage(reply).ifPresent(message -> assertThat(message).contains(parameter));
  }
}
