package org.phonelock.adapters.fakeserver.internal.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.BufferUtil;

/**
 * Jetty's HTTP/1.1 connections, with a parser that checks each request line's HTTP-version first
 * ({@link RequestLineCheck}): no {@code HttpCompliance} setting makes Jetty read the version
 * case-sensitively, as RFC 9112, section 2.3 requires. Otherwise what {@link
 * HttpConnectionFactory#newConnection} does (Jetty 12.1).
 */
final class StrictHttpConnectionFactory extends HttpConnectionFactory {
  StrictHttpConnectionFactory(HttpConfiguration config) {
    super(config);
  }

  @Override
  public Connection newConnection(Connector connector, EndPoint endPoint) {
    HttpConnection connection = new StrictHttpConnection(getHttpConfiguration(), connector,
        endPoint);
    connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
    return configure(connection, connector, endPoint);
  }

  /** A connection whose parser is a {@link StrictParser}. */
  private static final class StrictHttpConnection extends HttpConnection {
    /**
     * The connection's request handler, kept when Jetty's constructor makes it, just before it
     * makes the parser (no initializer: it would run after the constructor and clear it).
     */
    private RequestHandler requestHandler;

    StrictHttpConnection(HttpConfiguration config, Connector connector, EndPoint endPoint) {
      super(config, connector, endPoint);
    }

    @Override
    protected RequestHandler newRequestHandler() {
      requestHandler = super.newRequestHandler();
      return requestHandler;
    }

    @Override
    protected HttpParser newHttpParser(HttpCompliance compliance) {
      HttpConfiguration config = getHttpConfiguration();
      HttpParser parser = new StrictParser(requestHandler, config.getRequestHeaderSize(),
          compliance);
      parser.setHeaderCacheSize(config.getHeaderCacheSize());
      parser.setHeaderCacheCaseSensitive(config.isHeaderCacheCaseSensitive());
      return parser;
    }
  }

  /** Jetty's parser, after a {@link RequestLineCheck} of each request line. */
  private static final class StrictParser extends HttpParser {
    private final RequestLineCheck requestLine;

    StrictParser(RequestHandler handler, int maxHeaderBytes, HttpCompliance compliance) {
      super(handler, maxHeaderBytes, compliance);
      this.requestLine = new RequestLineCheck(maxHeaderBytes);
    }

    @Override
    public boolean parseNext(ByteBuffer buffer) {
      if (getState().ordinal() < State.HEADER.ordinal()) {
        HttpException.RuntimeException refusal = requestLine.scan(buffer);
        if (refusal != null) {
          // As Jetty's own refusals: nothing more is read, the handler answers and closes.
          BufferUtil.clear(buffer);
          badMessage(refusal);
          return false;
        }
      }
      return super.parseNext(buffer);
    }

    @Override
    public void reset() {
      super.reset();
      if (requestLine != null) { // null while Jetty's constructor runs
        requestLine.reset();
      }
    }
  }
}
