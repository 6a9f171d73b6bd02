package org.phonelock.adapters.fakeserver.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract: api-contract.md, "Endpoints" (case-insensitive paths, 405) and "Responses" (404). */
class RoutingContractTest extends ContractSuite {
  @Test
  void pathsMatchCaseInsensitively() {
    HttpResponse<String> reply = http.send("PUT", "/FW/apps/stonelock/WEBAPI/phones/unlock?"
        + filter(), ContractClient.basic(settings.admin()));
    http.summary(reply).ifPresent(summary -> assertThat(summary.action()).isEqualTo("Unlock"));
  }

  @Test
  void otherMethodsGet405WithAllowPut() {
    for (String method : List.of("GET", "POST", "DELETE")) {
      HttpResponse<String> reply = http.send(method, ContractClient.PHONES + "Lock?" + filter(),
          ContractClient.basic(settings.admin()));
      assertThat(reply.statusCode()).as(method).isEqualTo(405);
      assertThat(reply.headers().firstValue("Allow")).as(method)
          .hasValueSatisfying(allow -> assertThat(allow).containsIgnoringCase("PUT"));
    }
  }

  @Test
  void otherPathsGet404() {
    for (String path : List.of("Toggle", "Lockx", "Lock/extra")) {
      HttpResponse<String> reply = http.send("PUT", ContractClient.PHONES + path + "?" + filter(),
          ContractClient.basic(settings.admin()));
      assertThat(reply.statusCode()).as(path).isEqualTo(404);
    }
  }
}
