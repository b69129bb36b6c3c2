package io.dtmonitor.platform.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses; the one place that knows the wire shape of an error. */
public final class ProblemResponses {

  private ProblemResponses() {}

  public static Response of(ProblemType type, String detail, String path, List<FieldError> errors) {
    Problem body =
        new Problem(type.uri(), type.title(), type.status(), detail, instance(path), errors);
    return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body).build();
  }

  public static Response of(ProblemType type, String detail, String path) {
    return of(type, detail, path, List.of());
  }

  private static String instance(String path) {
    return path == null || path.isBlank() ? null : path;
  }
}
