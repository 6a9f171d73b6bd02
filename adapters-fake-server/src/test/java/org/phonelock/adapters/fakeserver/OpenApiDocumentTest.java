package org.phonelock.adapters.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.phonelock.adapters.fakeserver.internal.http.AdminApi;
import org.phonelock.adapters.fakeserver.internal.http.AdminEndpoints;
import org.phonelock.adapters.fakeserver.internal.http.OpenApiDocument;
import org.phonelock.adapters.fakeserver.internal.state.FakeServerState;
import org.phonelock.domain.FilterField;

/**
 * The bundled OpenAPI description ({@code GET /__fake/openapi.yaml}) is valid for a real OpenAPI
 * parser and says what the server does: the same paths, methods, parameters and security, and
 * every answer is a documented response.
 */
class OpenApiDocumentTest extends SampleServerTest {
  private static final List<String> PHONE_LOCK_PATHS = List.of(Api.LOCK, Api.UNLOCK);

  static OpenAPI parse(String yaml, boolean resolveFully) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(resolveFully);
    options.setResolveCombinators(false); // keep allOf parts; assertMatches merges them
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    return result.getOpenAPI();
  }

  private static OpenAPI document() {
    return parse(OpenApiDocument.text(), true);
  }

  @Test
  void isServedAsUtf8YamlAndParsesWithoutAnyMessage() {
    HttpResponse<String> reply = api.send("GET", "/__fake/openapi.yaml", null);
    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Type"))
        .hasValue("application/yaml; charset=utf-8");
    assertThat(reply.body()).isEqualTo(OpenApiDocument.text());
    OpenAPI document = parse(reply.body(), false);
    assertThat(document.getOpenapi()).startsWith("3.0.");
    assertThat(document.getTags()).extracting(tag -> tag.getName())
        .containsExactly("Phone Lock", "Fake server admin");
  }

  @Test
  void documentsExactlyThePathsAndMethodsTheServerRoutes() {
    Map<String, Set<String>> documented = new TreeMap<>();
    document().getPaths().forEach((path, item) -> documented.put(path,
        new TreeSet<>(item.readOperationsMap().keySet().stream().map(Enum::name).toList())));
    Map<String, Set<String>> routed = new TreeMap<>();
    PHONE_LOCK_PATHS.forEach(path -> routed.put(path, Set.of("PUT")));
    AdminApi.routes(FakeServerState.of(UserDirectory.sample())).methodsByPath()
        .forEach((path, methods) -> routed.put(path, new TreeSet<>(methods)));
    assertThat(documented).isEqualTo(routed);
  }

  @Test
  void thePhoneLockOperationsTakeTheElevenFiltersAndBasicAuthentication() {
    OpenAPI document = document();
    SecurityScheme basic = document.getComponents().getSecuritySchemes().get("basicAuth");
    assertThat(basic.getType()).isEqualTo(SecurityScheme.Type.HTTP);
    assertThat(basic.getScheme()).isEqualTo("basic");
    for (String path : PHONE_LOCK_PATHS) {
      Operation put = document.getPaths().get(path).getPut();
      assertThat(put.getTags()).containsExactly("Phone Lock");
      assertThat(put.getSecurity()).hasSize(1)
          .allSatisfy(requirement -> assertThat(requirement).containsOnlyKeys("basicAuth"));
      assertThat(put.getRequestBody()).isNull();
      assertThat(put.getParameters()).extracting(Parameter::getName).containsExactlyElementsOf(
          Arrays.stream(FilterField.values()).map(FilterField::apiName).toList());
      assertThat(put.getParameters()).allSatisfy(parameter -> {
        assertThat(parameter.getIn()).isEqualTo("query");
        assertThat(parameter.getRequired()).isFalse();
        assertThat(parameter.getSchema().getType()).isEqualTo("string");
        assertThat(parameter.getSchema().getMinLength()).isEqualTo(1);
      });
      assertThat(put.getResponses()).containsOnlyKeys(
          "200", "400", "401", "403", "404", "405", "429", "503");
    }
    document.getPaths().forEach((path, item) -> {
      if (path.startsWith(AdminEndpoints.PREFIX)) {
        item.readOperations().forEach(operation ->
            assertThat(operation.getTags()).containsExactly("Fake server admin"));
      }
    });
  }

  @Test
  void everyPhoneLockAnswerIsADocumentedResponse() {
    Operation lock = document().getPaths().get(Api.LOCK).getPut();
    String admin = Api.basic("admin", "admin-demo-pw");
    assertDocumented(lock, api.send("PUT", Api.LOCK + "?department=Legal", admin), "200");
    assertDocumented(lock, api.send("PUT", Api.LOCK, null), "401");
    assertDocumented(lock, api.send("PUT", Api.LOCK, Api.basic("no-rights", "none-demo-pw")),
        "403");
    assertDocumented(lock, api.send("PUT", Api.LOCK + "?bogus=1", admin), "400");
    assertDocumented(lock, api.send("PUT", "/fw/Apps/StoneLock/WebAPI/Phones/Toggle", admin),
        "404");
    assertDocumented(lock, api.send("GET", Api.LOCK, admin), "405");
    server.injectFault(Fault.status(503, 4), 1);
    assertDocumented(lock, api.send("PUT", Api.LOCK, admin), "503");
    server.injectFault(Fault.status(429, 1), 1);
    assertDocumented(lock, api.send("PUT", Api.LOCK, admin), "429");
  }

  @Test
  void everyAdminOperationAnswersAsDocumented() {
    OpenAPI document = document();
    api.adminLock("?department=Legal");
    PathItem faults = document.getPaths().get("/__fake/faults");
    for (Object example : faults.getPost().getRequestBody().getContent().get("application/json")
        .getExamples().values().stream().map(e -> e.getValue()).toList()) {
      HttpResponse<String> added = api.sendJson("POST", "/__fake/faults", Api.toJson(example));
      assertDocumented(faults.getPost(), added, "200");
    }
    assertDocumented(faults.getGet(), api.send("GET", "/__fake/faults", null), "200");
    assertDocumented(faults.getDelete(), api.send("DELETE", "/__fake/faults", null), "204");
    assertDocumented(faults.getPost(), api.sendJson("POST", "/__fake/faults", "{}"), "400");
    for (String name : List.of("lines", "journal", "openapi.yaml")) {
      Operation get = document.getPaths().get(AdminEndpoints.PREFIX + name).getGet();
      assertDocumented(get, api.send("GET", AdminEndpoints.PREFIX + name, null), "200");
      assertDocumented(get, api.send("POST", AdminEndpoints.PREFIX + name, null), "405");
    }
    Operation lines = document.getPaths().get("/__fake/lines").getGet();
    assertDocumented(lines, api.send("GET", "/__fake/lines?department=Legal", null), "200");
    assertDocumented(lines, api.send("GET", "/__fake/lines?bogus=1", null), "400");
    assertThat(lines.getParameters()).extracting(Parameter::getName).containsExactlyElementsOf(
        Arrays.stream(FilterField.values()).map(FilterField::apiName).toList());
    Operation load = document.getPaths().get("/__fake/directory").getPut();
    String csv = (String) load.getRequestBody().getContent().get("text/csv").getExample();
    assertDocumented(load, api.sendBody("PUT", "/__fake/directory", "text/csv", csv), "200");
    assertDocumented(load, api.sendBody("PUT", "/__fake/directory", "text/csv", "x,y"), "400");
    assertDocumented(load, api.sendBody("POST", "/__fake/directory", "text/csv", csv), "405");
    Operation reset = document.getPaths().get("/__fake/reset").getPost();
    assertDocumented(reset, api.send("POST", "/__fake/reset", null), "204");
  }

  @Test
  void theVerificationAndTheConsoleAnswerAsDocumented() {
    OpenAPI document = document();
    api.adminLock("?department=IT");
    Operation verify = document.getPaths().get("/__fake/verify").getPost();
    for (Object example : verify.getRequestBody().getContent().get("application/json")
        .getExamples().values().stream().map(e -> e.getValue()).toList()) {
      assertDocumented(verify, api.sendJson("POST", "/__fake/verify", Api.toJson(example)), "200");
    }
    HttpResponse<String> mismatch = api.sendJson("POST", "/__fake/verify",
        "{\"action\":\"lock\",\"user\":\"nobody\"}");
    assertDocumented(verify, mismatch, "200");
    Schema<?> closest = (Schema<?>) verify.getResponses().get("200").getContent()
        .get("application/json").getSchema().getProperties().get("closest");
    assertMatches(closest.getItems(),
        Api.json(mismatch).get("closest").get(0), "closest entry");
    assertDocumented(verify, api.sendJson("POST", "/__fake/verify", "{\"bogus\":1}"), "400");
    assertDocumented(verify, api.send("GET", "/__fake/verify", null), "405");
    Operation console = document.getPaths().get("/__fake/").getGet();
    assertDocumented(console, api.send("GET", "/__fake/", null), "200");
    assertDocumented(console, api.send("DELETE", "/__fake/", null), "405");
  }

  /**
   * Checks the status, that every documented header is sent, and that a JSON body has exactly
   * the documented properties (for arrays, each element has only documented ones).
   */
  private static void assertDocumented(Operation operation, HttpResponse<String> reply,
      String status) {
    String what = operation.getOperationId() + " " + reply.request().method() + " "
        + reply.uri().getRawPath();
    assertThat(String.valueOf(reply.statusCode())).as(what).isEqualTo(status);
    ApiResponse documented = operation.getResponses().get(status);
    assertThat(documented).as(what + " documents " + status).isNotNull();
    if (documented.getHeaders() != null) {
      documented.getHeaders().keySet().forEach(header ->
          assertThat(reply.headers().firstValue(header)).as(what + " " + header).isPresent());
    }
    if (documented.getContent() == null) {
      assertThat(reply.body()).as(what).isEmpty();
      return;
    }
    String type = reply.headers().firstValue("Content-Type").orElseThrow().split(";")[0];
    assertThat(documented.getContent()).as(what).containsKey(type);
    if (type.equals("application/json")) {
      assertMatches(documented.getContent().get(type).getSchema(), Api.json(reply), what);
    }
  }

  private static void assertMatches(Schema<?> schema, JsonNode json, String what) {
    if (json.isArray()) {
      json.forEach(element -> assertMatches(schema.getItems(), element, what));
      return;
    }
    List<Schema<?>> parts = new ArrayList<>(List.of(schema));
    if (schema.getAllOf() != null) {
      schema.getAllOf().forEach(part -> parts.add((Schema<?>) part));
    }
    Set<String> properties = new TreeSet<>();
    Set<String> required = new TreeSet<>();
    for (Schema<?> part : parts) {
      properties.addAll(part.getProperties() == null ? Set.of() : part.getProperties().keySet());
      required.addAll(part.getRequired() == null ? List.of() : part.getRequired());
    }
    Set<String> keys = new TreeSet<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(properties).as(what + " properties").containsAll(keys);
    assertThat(keys).as(what + " required properties").containsAll(required);
  }
}
