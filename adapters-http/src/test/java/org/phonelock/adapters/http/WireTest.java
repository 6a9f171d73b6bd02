package org.phonelock.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.in.PhoneLockCommand;
import org.phonelock.domain.Credentials;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.PhoneLockAction;

/** What goes on the wire, checked on a real socket against the vendor's curl example. */
class WireTest {
  private static final Credentials CREDENTIALS = new Credentials("admin", "pässwörd€");

  private CaptureServer server;
  private final List<String> log = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = CaptureServer.http();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private PhoneLockClient client(URI base) {
    return PhoneLockClient.builder(base, CREDENTIALS).requestLog(log::add).build();
  }

  @Test
  void vendorCurlExampleGoesOutExactly() {
    Filter filter =
        Filter.builder().put(FilterField.CUSTOM_FIELD_1, "Example1").put(FilterField.DEPARTMENT, "R&D").build();
    try (PhoneLockClient client = client(server.uri())) {
      PhoneLockResult result = client.port().apply(PhoneLockAction.LOCK, filter);
      assertThat(result).isInstanceOf(PhoneLockResult.Applied.class);
    }
    List<CaptureServer.Captured> requests = server.take();
    assertThat(requests).hasSize(1);
    CaptureServer.Captured request = requests.get(0);
    assertThat(request.method()).isEqualTo("PUT");
    assertThat(request.rawPath()).isEqualTo("/fw/Apps/StoneLock/WebAPI/Phones/Lock");
    assertThat(request.rawQuery()).isEqualTo("department=R%26D&customField1=Example1");
    assertThat(request.headerValues("Accept")).containsExactly("*/*");
    String expectedAuth =
        "Basic " + Base64.getEncoder().encodeToString("admin:pässwörd€".getBytes(StandardCharsets.UTF_8));
    assertThat(request.headerValues("Authorization")).containsExactly(expectedAuth);
    assertThat(request.body()).isEmpty();
    assertThat(request.header("Content-Length")).isIn(null, "0");
    assertThat(request.header("Content-Type")).isNull();
  }
}
