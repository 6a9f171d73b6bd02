package org.phonelock.adapters.fakeserver.internal.http;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.NetworkChannel;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.phonelock.adapters.fakeserver.Fault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request and its answer on the Jetty listener ({@link HttpListener}): reads the request,
 * writes {@link Reply replies}, or ends the connection for the drop, reset and truncate faults.
 * Nothing here blocks a thread: bodies are read and replies written asynchronously, and the
 * exchange ends when {@link #write}, {@link #writeTruncated}, {@link #drop} or {@link #reset} ran.
 */
final class Exchange {
  /** The largest request body the admin API reads, in bytes, but for a directory CSV. */
  public static final int MAX_BODY_BYTES = 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(Exchange.class);

  private final Request request;
  private final Response response;
  private final Callback callback;
  private final URI target;
  /**
   * Set when a body was read in part and refused: its rest is never read, so the connection is
   * closed after the answer rather than read on as the next request. Not set when a body is
   * refused from its announced length alone: Jetty then decides (and keeps a connection whose
   * client waits on {@code Expect: 100-continue}, as the JDK's HttpClient never ends an exchange
   * whose 413 says {@code Connection: close}).
   */
  private volatile boolean bodyLeftUnread;

  /**
   * @param target the request target as {@link RequestTarget#parse} read it
   */
  public Exchange(Request request, Response response, Callback callback, URI target) {
    this.request = request;
    this.response = response;
    this.callback = callback;
    this.target = target;
  }

  public String method() {
    return request.getMethod();
  }

  /**
   * The path to route on ({@link RequestTarget#routingPath}: escapes of unreserved characters
   * decoded, others kept, so {@code %2F} is no separator), or {@code ""} when the request target
   * has none (e.g. {@code *}).
   */
  public String path() {
    String path = target.getRawPath();
    return path == null ? "" : RequestTarget.routingPath(path);
  }

  /** The query as sent, without {@code ?}, or null when there is none. */
  public String rawQuery() {
    return target.getRawQuery();
  }

  /** The first value of a request header, or null. */
  public String header(String name) {
    return request.getHeaders().get(name);
  }

  /**
   * Reads the request body, up to a limit, without holding a thread while the client sends it.
   * A body over the limit is refused the same way whether its length was announced ({@code
   * Content-Length}) or not (chunked): reading stops at the first byte over the limit.
   *
   * @param limit the most bytes accepted
   * @param then gets the body, or empty when it is longer than the limit; run on a pool thread,
   *     never the selector's (reading a directory of 64 MiB must not stall the other
   *     connections); not called when the client went away (the exchange is then ended here)
   */
  public void readBody(int limit, Consumer<Optional<byte[]>> then) {
    long announced = request.getLength();
    if (announced > limit) {
      then.accept(Optional.empty()); // refused before a byte of it is read
      return;
    }
    new BodyReader(limit, announced, then).run();
  }

  /**
   * Reads chunks as they come, on whichever thread Jetty calls back. Jetty's own {@code
   * Content.Source.asByteArrayAsync} with a limit fails with an exception whose type changed
   * between Jetty releases (an unchecked 500 and a logged stack trace for a chunked body over
   * the limit), so the limit is kept here.
   */
  private final class BodyReader implements Runnable {
    private final int limit;
    private final Consumer<Optional<byte[]>> then;
    private final ByteArrayOutputStream body;

    BodyReader(int limit, long announced, Consumer<Optional<byte[]>> then) {
      this.limit = limit;
      this.then = then;
      this.body = new ByteArrayOutputStream(announced > 0 ? (int) announced : 256);
    }

    @Override
    public void run() {
      while (true) {
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          request.demand(this);
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          Throwable failure = chunk.getFailure();
          onPool(() -> {
            LOG.debug("{} {}: client went away while sending ({})", method(), path(),
                failure.toString());
            callback.failed(failure);
          });
          return;
        }
        ByteBuffer bytes = chunk.getByteBuffer();
        boolean tooLong = bytes.remaining() > limit - body.size();
        if (!tooLong) {
          byte[] copy = new byte[bytes.remaining()];
          bytes.get(copy);
          body.writeBytes(copy);
        }
        boolean last = chunk.isLast();
        chunk.release();
        if (tooLong) {
          bodyLeftUnread = true;
          onPool(() -> then.accept(Optional.empty()));
          return;
        }
        if (last) {
          onPool(() -> then.accept(Optional.of(body.toByteArray())));
          return;
        }
      }
    }

    private void onPool(Runnable task) {
      request.getComponents().getExecutor().execute(task);
    }
  }

  /**
   * Writes a whole reply and ends the exchange. HEAD requests and 204/304 replies get no body, as
   * HTTP requires.
   */
  public void write(Reply reply) {
    byte[] body = reply.body().getBytes(UTF_8);
    boolean withBody = body.length > 0 && !method().equals("HEAD")
        && reply.status() != 204 && reply.status() != 304;
    sendHeaders(reply, withBody ? body.length : 0);
    response.write(true, withBody ? ByteBuffer.wrap(body) : null, callback);
  }

  /**
   * Acts out {@link Fault#truncate()}: announces the whole body but sends only its first half,
   * then closes the connection.
   */
  public void writeTruncated(Reply reply) {
    byte[] body = reply.body().getBytes(UTF_8);
    sendHeaders(reply, body.length);
    response.write(false, ByteBuffer.wrap(body, 0, body.length / 2), Callback.from(
        () -> end(new EofException("truncate fault: the response was cut short")),
        callback::failed));
  }

  /** Acts out {@link Fault#drop()}: closes the connection, without any response (a FIN). */
  public void drop() {
    end(new EofException("drop fault: the connection was closed without a response"));
  }

  /**
   * Acts out {@link Fault#reset()}: resets the connection (SO_LINGER 0, then close, which sends
   * a TCP RST instead of a FIN), without any response.
   */
  public void reset() {
    Object transport = endPoint().getTransport();
    if (transport instanceof NetworkChannel channel) {
      try {
        channel.setOption(StandardSocketOptions.SO_LINGER, 0);
      } catch (IOException e) {
        LOG.debug("cannot set SO_LINGER 0; the connection ends with a FIN ({})", e.toString());
      }
    }
    end(new EofException("reset fault: the connection was reset"));
  }

  /**
   * Keeps the exchange open through idle timeouts while it waits (a delay fault): Jetty would
   * otherwise fail a request whose connection carried no byte for the idle timeout.
   */
  public void holdThroughIdleTimeouts() {
    request.addIdleTimeoutListener(timeout -> false);
  }

  /** Ends the exchange after an unexpected failure: Jetty answers 500 if nothing was sent yet. */
  public void fail(Throwable failure) {
    callback.failed(failure);
  }

  private void end(Throwable why) {
    endPoint().close(why);
    callback.failed(why); // the response is not complete: Jetty must not reuse the connection
  }

  private EndPoint endPoint() {
    return request.getConnectionMetaData().getConnection().getEndPoint();
  }

  private void sendHeaders(Reply reply, long length) {
    response.setStatus(reply.status());
    reply.headers().forEach((name, value) -> response.getHeaders().put(name, value));
    if (bodyLeftUnread) {
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }
    if (length > 0 && !reply.headers().containsKey("Content-Type")) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    }
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, length);
  }
}
