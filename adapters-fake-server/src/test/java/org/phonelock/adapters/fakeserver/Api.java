package org.phonelock.adapters.fakeserver;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A small test client for the fake server over a real socket (java.net.http). */
final class Api {
  static final String LOCK = "/fw/Apps/StoneLock/WebAPI/Phones/Lock";
  static final String UNLOCK = "/fw/Apps/StoneLock/WebAPI/Phones/Unlock";
  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client = HttpClient.newHttpClient();
  private final URI base;

  Api(FakePhoneLockServer server) {
    this.base = server.baseUri();
  }

  static String basic(String user, String password, Charset charset) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(charset));
  }

  static String basic(String user, String password) {
    return basic(user, password, UTF_8);
  }

  /** Sends {@code method pathAndQuery}, with the Authorization header when not null. */
  HttpResponse<String> send(String method, String pathAndQuery, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
        .method(method, HttpRequest.BodyPublishers.noBody())
        .header("accept", "*/*")
        .timeout(Duration.ofSeconds(30)); // a regression fails instead of hanging
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends {@code method path} with a JSON body, without credentials. */
  HttpResponse<String> sendJson(String method, String path, String json) {
    return sendBody(method, path, "application/json", json);
  }

  /** Sends {@code method path} with a UTF-8 body, without credentials. */
  HttpResponse<String> sendBody(String method, String path, String contentType, String body) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, HttpRequest.BodyPublishers.ofString(body, UTF_8))
        .header("Content-Type", contentType)
        .timeout(Duration.ofSeconds(30))
        .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Serializes a value (maps, lists, scalars) with Jackson. */
  static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HttpResponse<String> put(String pathAndQuery, String user, String password) {
    return send("PUT", pathAndQuery, basic(user, password));
  }

  HttpResponse<String> lock(String query, String user, String password) {
    return put(LOCK + query, user, password);
  }

  HttpResponse<String> unlock(String query, String user, String password) {
    return put(UNLOCK + query, user, password);
  }

  HttpResponse<String> adminLock(String query) {
    return lock(query, "admin", "admin-demo-pw");
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }

  /** The body of a 200 reply as a map, e.g. {action=Lock, matchedUsers=3, ...}. */
  static Map<String, Object> summary(HttpResponse<String> response) {
    try {
      return JSON.readValue(response.body(), new TypeReference<>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }

  static int changedLines(HttpResponse<String> response) {
    return json(response).get("changedLines").asInt();
  }

  static List<String> lockedExtensions(FakePhoneLockServer server) {
    return server.lines().stream().filter(LineState::locked).map(LineState::extension).toList();
  }
}
