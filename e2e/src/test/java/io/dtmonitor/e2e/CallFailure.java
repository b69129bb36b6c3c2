package io.dtmonitor.e2e;

import io.dtmonitor.seed.Eventually;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;

/**
 * What a failed write tells the client about the state it left behind, which decides whether the
 * client may send the same request again. Read from the generated clients' exceptions: HTTP status,
 * or the I/O error that stood in for one.
 */
enum CallFailure {
  /**
   * Nothing was applied (connection refused, 503 {@code unavailable}, or 429 when the client holds
   * its whole share of the service): the same request may be sent again.
   */
  NOT_APPLIED,
  /** What the request depends on has not arrived yet through Kafka (404 or 409 on a replica). */
  NOT_YET,
  /**
   * The resource changed since the client read it (412), e.g. the overdue check marked a report:
   * read it again, then decide.
   */
  STALE,
  /**
   * The request may or may not have been applied: cut off mid-flight, a 503 {@code outcome-unknown}
   * (the database went away during the commit), or a 500.
   */
  UNCERTAIN,
  /** The service refused the request as wrong; in this workload that is a defect. */
  REFUSED;

  static CallFailure of(Throwable failure, boolean awaitsReplica) {
    int status = Math.max(0, Eventually.statusOf(failure));
    if (status == 0) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
          return NOT_APPLIED;
        }
      }
      return UNCERTAIN;
    }
    if (status == 503) {
      return responseBody(failure).contains("/problems/outcome-unknown") ? UNCERTAIN : NOT_APPLIED;
    }
    if (status == 429) {
      return NOT_APPLIED;
    }
    if (status == 412) {
      return STALE;
    }
    if (awaitsReplica && (status == 404 || status == 409)) {
      return NOT_YET;
    }
    return status >= 500 ? UNCERTAIN : REFUSED;
  }

  private static String responseBody(Throwable failure) {
    String body = null;
    if (failure instanceof io.dtmonitor.client.programme.ApiException programme) {
      body = programme.getResponseBody();
    } else if (failure instanceof io.dtmonitor.client.reporting.ApiException reporting) {
      body = reporting.getResponseBody();
    } else if (failure instanceof io.dtmonitor.client.indicator.ApiException indicator) {
      body = indicator.getResponseBody();
    }
    return body == null ? "" : body;
  }
}
