package org.phonelock.adapters.http;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.ClientRequest;
import org.glassfish.jersey.client.ClientResponse;
import org.glassfish.jersey.client.spi.AsyncConnectorCallback;
import org.glassfish.jersey.client.spi.Connector;
import org.glassfish.jersey.client.spi.ConnectorProvider;

/**
 * A Jersey connector over the JDK's {@code java.net.http.HttpClient} that sends each request at
 * most once (api-contract.md, "Responses": one attempt is one request, so {@code retries(N)} means
 * at most N+1 requests and each one shows in the request log).
 *
 * <p>Why not Jersey's default connector: {@code HttpURLConnection} writes a request that got no
 * answer (connection closed or reset before the status line) a second time on a new connection
 * ({@code sun.net.www.http.HttpClient.parseHTTP}, for every method but POST), unseen by {@link
 * RetryingSender}. Its only switch is a streaming request body, and in streaming mode it turns a
 * {@code 401} into an {@code HttpRetryException} after which Jersey asks for the answer again and
 * so sends the request a second time too. Jersey's other connectors are not served for 4.0.2 here.
 * {@code java.net.http} resends a request automatically only for GET and HEAD ({@code
 * jdk.internal.net.http.MultiExchange}); it may try a refused TCP connect twice, which sends no
 * request.
 *
 * <p>Only what the Phone Lock client needs: requests without a body, HTTP/1.1, no redirects, an
 * answer body of at most {@link JerseyTransport#MAX_BODY_BYTES} (more is cut off, not read).
 * Certificate checks come from the client's SSL context; there is no separate host name verifier,
 * so the insecure mode relies on its trust manager skipping host name checks ({@link
 * TlsContexts}).
 */
final class SingleRequestConnector implements Connector {
  /** Makes the connector from the client's SSL context and timeouts. */
  static final ConnectorProvider PROVIDER = SingleRequestConnector::new;

  /** Headers that {@code java.net.http} sets itself and refuses from callers. */
  private static final Set<String> SET_BY_THE_JDK =
      Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final HttpClient http;
  private final Duration readTimeout;
  private final Duration deadline;

  private SingleRequestConnector(Client client, Configuration config) {
    Duration connectTimeout = millis(config, ClientProperties.CONNECT_TIMEOUT);
    this.readTimeout = millis(config, ClientProperties.READ_TIMEOUT);
    // The read timeout covers the wait for the status line; the deadline also bounds a body that
    // trickles in, so that no answer can hold the caller longer than about this.
    this.deadline = connectTimeout.plus(readTimeout).plus(readTimeout);
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(connectTimeout)
        .sslContext(client.getSslContext())
        .build();
  }

  private static Duration millis(Configuration config, String property) {
    Object value = config.getProperty(property);
    long millis = value instanceof Number number ? number.longValue() : 0;
    return millis > 0 ? Duration.ofMillis(millis) : Duration.ofDays(1);
  }

  @Override
  public ClientResponse apply(ClientRequest request) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(request.getUri())
        .method(request.getMethod(), HttpRequest.BodyPublishers.noBody())
        .timeout(readTimeout);
    request.getStringHeaders().forEach((name, values) -> {
      if (!SET_BY_THE_JDK.contains(name.toLowerCase(Locale.ROOT))) {
        values.forEach(value -> builder.header(name, value));
      }
    });
    HttpResponse<byte[]> answer;
    try {
      answer = send(builder.build());
    } catch (IOException e) {
      throw new ProcessingException(e.getMessage(), e);
    }
    Response.StatusType status = Response.Status.fromStatusCode(answer.statusCode());
    ClientResponse response = new ClientResponse(
        status != null ? status : new UnknownStatus(answer.statusCode()), request);
    answer.headers().map().forEach(response::headers);
    response.setEntityStream(new ByteArrayInputStream(answer.body()));
    return response;
  }

  private HttpResponse<byte[]> send(HttpRequest request) throws IOException {
    CompletableFuture<HttpResponse<byte[]>> answer =
        http.sendAsync(request, info -> CappedBody.of(JerseyTransport.MAX_BODY_BYTES));
    try {
      return answer.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the answer");
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw NoAnswer.chained(new java.net.SocketTimeoutException("Read timed out"), e);
    } catch (ExecutionException e) {
      throw NoAnswer.describe(e.getCause());
    }
  }

  /** Status codes outside {@link Response.Status}, e.g. 429 on older JAX-RS or 599. */
  private record UnknownStatus(int getStatusCode) implements Response.StatusType {
    @Override
    public Response.Status.Family getFamily() {
      return Response.Status.Family.familyOf(getStatusCode);
    }

    @Override
    public String getReasonPhrase() {
      return "";
    }
  }

  @Override
  public Future<?> apply(ClientRequest request, AsyncConnectorCallback callback) {
    try {
      ClientResponse response = apply(request);
      callback.response(response);
      return CompletableFuture.completedFuture(response);
    } catch (ProcessingException e) {
      callback.failure(e);
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public String getName() {
    return "phonelock single-request connector (java.net.http)";
  }

  /** Nothing to release: {@code java.net.http} closes idle connections of an unused client. */
  @Override
  public void close() {}
}
