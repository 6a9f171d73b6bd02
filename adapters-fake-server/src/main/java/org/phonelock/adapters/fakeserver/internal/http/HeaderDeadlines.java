package org.phonelock.adapters.fakeserver.internal.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection whose request header is not complete within the header timeout, counted
 * from the connection's opening or, on a kept-alive connection, from the first byte of the next
 * request. Jetty's idle timeout alone cannot do this: each byte restarts it, so a client sending
 * one byte a second would hold a connection open for ever (README, "The fake server": "every
 * request gets an answer or a close within a header timeout"). A kept-alive connection that
 * sends nothing is left to the idle timeout. One sweep on Jetty's scheduler checks every open
 * connection a few times per header timeout, so a waiting connection costs no thread.
 */
public final class HeaderDeadlines implements Connection.Listener {
  private static final Logger LOG = LoggerFactory.getLogger(HeaderDeadlines.class);

  private final long timeoutNanos;
  private final long sweepMillis;
  private final Scheduler scheduler;
  private final Map<Connection, Watch> open = new ConcurrentHashMap<>();
  private volatile boolean stopped;

  /**
   * @param timeout the header timeout
   * @param scheduler the listener's scheduler, which runs the sweeps
   */
  public HeaderDeadlines(Duration timeout, Scheduler scheduler) {
    this.timeoutNanos = timeout.toNanos();
    // A close comes at most one sweep after the deadline: a tenth of it, 20 ms to 1 s.
    this.sweepMillis = Math.max(20, Math.min(1000, timeout.toMillis() / 10));
    this.scheduler = scheduler;
  }

  /** Starts the sweeps; after the scheduler started. */
  public void start() {
    scheduler.schedule(this::sweep, sweepMillis, TimeUnit.MILLISECONDS);
  }

  /** Ends the sweeps. */
  public void stop() {
    stopped = true;
  }

  @Override
  public void onOpened(Connection connection) {
    open.put(connection, new Watch(System.nanoTime()));
  }

  @Override
  public void onClosed(Connection connection) {
    open.remove(connection);
  }

  /**
   * A request header on this connection is complete: no deadline until its exchange ends.
   *
   * @param connection the request's connection
   */
  public void handling(Connection connection) {
    Watch watch = open.get(connection);
    if (watch != null) {
      watch.handling();
    }
  }

  /**
   * The exchange on this connection ended: the next request's deadline starts with its first
   * byte.
   *
   * @param connection the request's connection
   */
  public void ended(Connection connection) {
    Watch watch = open.get(connection);
    if (watch != null) {
      watch.ended(connection.getBytesIn());
    }
  }

  private void sweep() {
    if (stopped) {
      return;
    }
    long now = System.nanoTime();
    open.forEach((connection, watch) -> {
      if (watch.expired(now, connection.getBytesIn(), timeoutNanos)) {
        LOG.debug("closing {}: no complete request header within the header timeout",
            connection.getEndPoint().getRemoteSocketAddress());
        connection.getEndPoint().close();
      }
    });
    scheduler.schedule(this::sweep, sweepMillis, TimeUnit.MILLISECONDS);
  }

  /** Where one connection is between requests. Guarded by itself. */
  private static final class Watch {
    private boolean handling;
    /** When the current request header started, or -1 while waiting for its first byte. */
    private long headerSince;
    /** The bytes received when the last exchange ended. */
    private long bytesAtEnd;

    Watch(long openedNanos) {
      this.headerSince = openedNanos; // a new connection is there to send a request
    }

    synchronized void handling() {
      handling = true;
    }

    synchronized void ended(long bytesIn) {
      handling = false;
      headerSince = -1;
      bytesAtEnd = bytesIn;
    }

    synchronized boolean expired(long now, long bytesIn, long timeoutNanos) {
      if (handling) {
        return false;
      }
      if (headerSince == -1) {
        if (bytesIn <= bytesAtEnd) {
          return false; // idle between requests: the idle timeout's business
        }
        headerSince = now; // first byte seen at this sweep: at most one sweep late
      }
      return now - headerSince >= timeoutNanos;
    }
  }
}
