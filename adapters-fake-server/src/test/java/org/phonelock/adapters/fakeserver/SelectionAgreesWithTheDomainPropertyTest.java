package org.phonelock.adapters.fakeserver;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.phonelock.domain.ActionScope;
import org.phonelock.domain.Filter;
import org.phonelock.domain.FilterField;
import org.phonelock.domain.ImagicleUser;
import org.phonelock.domain.Permission;
import org.phonelock.domain.Visibility;

/**
 * The lines a Lock changes on the fake server, over HTTP, are exactly the lines of the users the
 * domain's rule selects ({@link ActionScope}: {@link Visibility} of the caller AND {@link
 * Filter#matches}; api-contract.md, "Permissions and visibility", "Filters", "Which lines an
 * action touches"), for small random directories whose values differ only by case or by
 * look-alike letters (dotless ı, dotted İ, long ſ, Kelvin sign), or by invisible characters.
 */
class SelectionAgreesWithTheDomainPropertyTest {
  /** Values that collide, or nearly, under case-insensitive comparison. */
  private static final List<String> VALUES = List.of("IT", "it", "İT", "ıt", "iT", "Sales",
      "SALES", "ſales", "K1", "\u212A1", "k1", "R&D", "r&d", "Qualité", "QUALITÉ",
      "Quali\u200Bté", "a b", "a+b", "%41", "A", "\uFEFFx", "x");
  private static final List<FilterField> FIELDS =
      List.of(FilterField.DEPARTMENT, FilterField.CUSTOM_FIELD_1, FilterField.CUSTOM_FIELD_2);
  private static final String PASSWORD = "caller-pw";

  private static FakePhoneLockServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeContainer
  static void start() throws Exception {
    server = FakePhoneLockServer.builder().start();
  }

  @AfterContainer
  static void stop() {
    server.close();
  }

  /** One user's generated settings: a value or nothing per field. */
  private record Person(Map<FilterField, Optional<String>> fields, int lineCount) {}

  /** The caller's permission and department. */
  private record Caller(Permission permission, Optional<String> department) {}

  @Property(tries = 400, edgeCases = EdgeCasesMode.MIXIN)
  void aLockChangesTheLinesTheDomainSelects(
      @ForAll("people") List<Person> people,
      @ForAll("callers") Caller caller,
      @ForAll("filters") Map<FilterField, String> filterValues,
      @ForAll("nameCases") boolean upperCaseNames) throws Exception {
    UserDirectory directory = directory(people, caller);
    server.loadDirectory(directory);
    Filter.Builder builder = Filter.builder();
    filterValues.forEach(builder::put);
    Filter filter = builder.build();

    HttpResponse<String> response = lock(query(filterValues, upperCaseNames));

    ImagicleUser callerUser = directory.users().stream()
        .filter(u -> u.username().equals("caller")).findFirst().orElseThrow();
    ActionScope scope = new ActionScope(Visibility.of(callerUser), filter);
    Set<String> expected = scope.select(directory.users()).stream()
        .flatMap(user -> user.lines().stream().map(line ->
            user.username() + "/" + line.extension() + "@" + line.partition().orElse("")))
        .collect(Collectors.toSet());
    Set<String> locked = server.lines().stream().filter(LineState::locked)
        .map(l -> l.username() + "/" + l.extension() + "@"
            + (l.partition() == null ? "" : l.partition()))
        .collect(Collectors.toSet());
    assertThat(locked).as("status %d, %s", response.statusCode(), response.body())
        .isEqualTo(expected);
    boolean denied = Visibility.of(callerUser) instanceof Visibility.Denied;
    assertThat(response.statusCode()).isEqualTo(denied ? 403 : 200);
  }

  private static UserDirectory directory(List<Person> people, Caller caller) {
    UserDirectoryBuilder builder = UserDirectory.builder();
    builder.user("caller", spec -> {
      spec.password(PASSWORD).permission(caller.permission()).lines("9000", "9001@PT_Desk");
      caller.department().ifPresent(spec::department);
    });
    for (int i = 0; i < people.size(); i++) {
      Person person = people.get(i);
      int number = i;
      builder.user("user" + i, spec -> {
        person.fields().forEach((field, value) -> value.ifPresent(v -> set(spec, field, v)));
        List<String> lines = new ArrayList<>();
        for (int l = 0; l < person.lineCount(); l++) {
          lines.add(l % 2 == 0 ? "1" + number + "0" + l : "1" + number + "0" + l + "@PT_" + l);
        }
        spec.lines(lines.toArray(String[]::new));
      });
    }
    return builder.build();
  }

  private static void set(UserSpec spec, FilterField field, String value) {
    if (field == FilterField.DEPARTMENT) {
      spec.department(value);
    } else {
      spec.customField(field == FilterField.CUSTOM_FIELD_1 ? 1 : 2, value);
    }
  }

  private static String query(Map<FilterField, String> filter, boolean upperCaseNames) {
    if (filter.isEmpty()) {
      return "";
    }
    return "?" + filter.entrySet().stream()
        .map(e -> (upperCaseNames ? e.getKey().apiName().toUpperCase(Locale.ROOT)
            : e.getKey().apiName()) + "=" + URLEncoder.encode(e.getValue(), UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static HttpResponse<String> lock(String query) throws Exception {
    String basic = Base64.getEncoder().encodeToString(("caller:" + PASSWORD).getBytes(UTF_8));
    HttpRequest request = HttpRequest.newBuilder(
            URI.create(server.baseUri() + "/fw/Apps/StoneLock/WebAPI/Phones/Lock" + query))
        .PUT(HttpRequest.BodyPublishers.noBody())
        .header("Authorization", "Basic " + basic)
        .timeout(Duration.ofSeconds(30))
        .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  private static Arbitrary<Optional<String>> maybeValue() {
    return Arbitraries.of(VALUES).optional(0.7);
  }

  @Provide
  Arbitrary<List<Person>> people() {
    Arbitrary<Map<FilterField, Optional<String>>> fields =
        Combinators.combine(maybeValue(), maybeValue(), maybeValue()).as((d, c1, c2) -> {
          Map<FilterField, Optional<String>> map = new EnumMap<>(FilterField.class);
          map.put(FilterField.DEPARTMENT, d);
          map.put(FilterField.CUSTOM_FIELD_1, c1);
          map.put(FilterField.CUSTOM_FIELD_2, c2);
          return map;
        });
    return Combinators.combine(fields, Arbitraries.integers().between(0, 3)).as(Person::new)
        .list().ofMaxSize(8);
  }

  @Provide
  Arbitrary<Caller> callers() {
    return Combinators.combine(Arbitraries.of(Permission.class), maybeValue()).as(Caller::new);
  }

  @Provide
  Arbitrary<Map<FilterField, String>> filters() {
    return Arbitraries.maps(Arbitraries.of(FIELDS), Arbitraries.of(VALUES)).ofMaxSize(2)
        .map(map -> {
          Map<FilterField, String> sorted = new EnumMap<>(FilterField.class);
          sorted.putAll(map);
          return sorted;
        });
  }

  @Provide
  Arbitrary<Boolean> nameCases() {
    return Arbitraries.of(true, false);
  }
}
