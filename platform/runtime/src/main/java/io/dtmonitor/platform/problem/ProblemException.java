package io.dtmonitor.platform.problem;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Thrown by services to end a request with a problem+json response. It rolls back the surrounding
 * transaction like any runtime exception, so nothing is half-written.
 */
public class ProblemException extends RuntimeException {

  private final ProblemType type;
  private final List<FieldError> errors;
  private final URI location;

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, List.of());
  }

  public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
    this(type, detail, errors, null);
  }

  private ProblemException(ProblemType type, String detail, List<FieldError> errors, URI location) {
    super(detail, null, false, false);
    this.type = type;
    this.errors = List.copyOf(errors);
    this.location = location;
  }

  public ProblemType type() {
    return type;
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** The resource the problem is about, answered as {@code Location}, when there is one. */
  public Optional<URI> location() {
    return Optional.ofNullable(location);
  }

  public static ProblemException notFound(String what, Object id) {
    return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(ProblemType.FORBIDDEN, detail);
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(ProblemType.CONFLICT, detail);
  }

  /** A conflict with a resource that exists already, which the answer's {@code Location} names. */
  public static ProblemException conflict(String detail, URI existing) {
    return new ProblemException(ProblemType.CONFLICT, detail, List.of(), existing);
  }

  /** The service cannot take the request now; the answer tells the client when to retry. */
  public static ProblemException unavailable(String detail) {
    return new ProblemException(ProblemType.UNAVAILABLE, detail);
  }

  public static ProblemException invalid(String field, String message) {
    return new ProblemException(
        ProblemType.VALIDATION, "The request is invalid", List.of(new FieldError(field, message)));
  }

  /**
   * A well-formed request whose content contradicts what the service holds (an unknown code, a
   * value off its scale): a 422 naming each field.
   */
  public static ProblemException unprocessable(List<FieldError> errors) {
    return new ProblemException(
        ProblemType.UNPROCESSABLE,
        errors.size() == 1
            ? "1 field cannot be processed"
            : errors.size() + " fields cannot be processed",
        errors);
  }

  public static ProblemException invalid(List<FieldError> errors) {
    return new ProblemException(
        ProblemType.VALIDATION,
        errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid",
        errors);
  }
}
