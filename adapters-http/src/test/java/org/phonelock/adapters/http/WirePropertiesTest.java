package org.phonelock.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.domain.Credentials;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.PhoneLockAction;

/**
 * Whatever the filter values, user name and password hold, the server decodes exactly them: checked
 * over a real socket, with a strict decoder on the server side.
 */
class WirePropertiesTest {
  private static CaptureServer server;
  private static PhoneLockClient client;

  @BeforeContainer
  static void start() throws Exception {
    server = CaptureServer.http();
    client = PhoneLockClient.builder(server.uri(), new Credentials("admin", "secret")).build();
  }

  @AfterContainer
  static void stop() {
    client.close();
    server.close();
  }

  @Provide
  Arbitrary<Map<FilterField, String>> filters() {
    return Arbitraries.maps(Arbitraries.of(FilterField.class), Texts.filterValue()).ofMaxSize(11);
  }

  @Property(tries = 3_000, generation = GenerationMode.RANDOMIZED)
  void everyFilterValueReachesTheServerExactly(
      @ForAll("filters") Map<FilterField, String> values, @ForAll PhoneLockAction action) {
    Filter filter = Filter.of(values);
    assertThat(client.port().apply(action, filter)).isInstanceOf(PhoneLockResult.Applied.class);

    List<CaptureServer.Captured> requests = server.take();
    assertThat(requests).hasSize(1);
    CaptureServer.Captured request = requests.get(0);
    assertThat(request.method()).isEqualTo("PUT");
    assertThat(request.rawPath())
        .isEqualTo("/fw/Apps/StoneLock/WebAPI/Phones/" + action.endpointName());
    assertThat(new ArrayList<>(Wire.query(request.rawQuery()).entrySet()))
        .containsExactlyElementsOf(expected(filter).entrySet());
    if (values.isEmpty()) {
      assertThat(request.rawQuery()).as("no '?' without filters").isNull();
    }
    assertThat(client.preview(action, filter).uri().getRawQuery()).isEqualTo(request.rawQuery());
  }

  @Provide
  Arbitrary<String> userName() {
    return Texts.userName();
  }

  @Provide
  Arbitrary<String> password() {
    return Arbitraries.frequencyOf(Tuple.of(19, Texts.credential()), Tuple.of(1, Arbitraries.just("")));
  }

  @Property(tries = 2_000, generation = GenerationMode.RANDOMIZED)
  void everyUserNameAndPasswordReachesTheServerExactly(
      @ForAll("userName") String user, @ForAll("password") String password) {
    Credentials credentials = new Credentials(user, password);
    try (PhoneLockClient own = PhoneLockClient.builder(server.uri(), credentials).build()) {
      own.port().apply(PhoneLockAction.UNLOCK, Filter.none());
    }
    List<CaptureServer.Captured> requests = server.take();
    assertThat(requests).hasSize(1);
    assertThat(requests.get(0).headerValues("Authorization")).hasSize(1);
    assertThat(Wire.basic(requests.get(0).header("Authorization"))).containsExactly(user, password);
  }

  private static Map<String, String> expected(Filter filter) {
    Map<String, String> expected = new LinkedHashMap<>();
    filter.values().forEach((field, value) -> expected.put(field.apiName(), value));
    return expected;
  }
}
