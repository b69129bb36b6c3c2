package io.dtmonitor.platform.problem;

import java.net.URI;

/** The problem types the services use; each has a stable URI and a title. */
public enum ProblemType {
  VALIDATION("validation", "Invalid request", 400),
  MALFORMED_JSON("malformed-json", "Malformed JSON", 400),
  UNAUTHENTICATED("unauthenticated", "Authentication required", 401),
  FORBIDDEN("forbidden", "Not allowed", 403),
  NOT_FOUND("not-found", "Not found", 404),
  METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
  NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
  CONFLICT("conflict", "Conflict", 409),
  PRECONDITION_FAILED("precondition-failed", "Precondition failed", 412),
  PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", 413),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
  UNPROCESSABLE("unprocessable", "Unprocessable request", 422),
  PRECONDITION_REQUIRED("precondition-required", "Precondition required", 428),
  TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
  INTERNAL("internal", "Internal error", 500),
  UNAVAILABLE("unavailable", "Service unavailable", 503),
  OUTCOME_UNKNOWN("outcome-unknown", "Outcome unknown", 503);

  private static final String BASE = "https://dtmonitor.io/problems/";

  private final URI uri;
  private final String title;
  private final int status;

  ProblemType(String slug, String title, int status) {
    this.uri = URI.create(BASE + slug);
    this.title = title;
    this.status = status;
  }

  public URI uri() {
    return uri;
  }

  public String title() {
    return title;
  }

  public int status() {
    return status;
  }

  /** The generic type for a status code that has no more specific one. */
  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL : VALIDATION;
  }
}
