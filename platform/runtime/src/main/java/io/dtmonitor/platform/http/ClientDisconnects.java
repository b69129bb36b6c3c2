package io.dtmonitor.platform.http;

import io.dtmonitor.platform.errors.Causes;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.StreamResetException;

/**
 * Tells a failure to write a response because its client has gone (closed the connection or reset
 * the HTTP/2 stream) from a fault of the service: the first is the client's choice, to be noted
 * quietly, not an incident to report.
 */
public final class ClientDisconnects {

  private ClientDisconnects() {}

  /** Whether the failure comes from the client's connection or stream having closed. */
  public static boolean caused(Throwable failure) {
    return Causes.any(
        failure,
        cause -> cause instanceof HttpClosedException || cause instanceof StreamResetException);
  }
}
