package io.dtmonitor.platform.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Builds problem+json responses; the one place that knows the wire shape of an error. Every 503 and
 * 429 says when to retry: the service is briefly unable (the database is out of reach, a bounded
 * resource is taken) or the client holds its share, never refusing the request for good.
 */
public final class ProblemResponses {

  /** Seconds a client is told to wait before retrying after a 503 or a 429. */
  public static final int RETRY_AFTER_SECONDS = 2;

  private ProblemResponses() {}

  public static Response of(ProblemType type, String detail, String path, List<FieldError> errors) {
    Response.ResponseBuilder response =
        Response.status(type.status())
            .type(Problem.MEDIA_TYPE)
            .entity(body(type, detail, path, errors));
    if (type.status() == 503 || type.status() == 429) {
      response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }
    return response.build();
  }

  public static Response of(ProblemType type, String detail, String path) {
    return of(type, detail, path, List.of());
  }

  /** The problem body alone, for answers written below JAX-RS. */
  public static Problem body(
      ProblemType type, String detail, String path, List<FieldError> errors) {
    return new Problem(type.uri(), type.title(), type.status(), detail, instance(path), errors);
  }

  private static String instance(String path) {
    return path == null || path.isBlank() ? null : path;
  }
}
