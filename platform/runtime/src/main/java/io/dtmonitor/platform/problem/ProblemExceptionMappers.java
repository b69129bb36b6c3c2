package io.dtmonitor.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.dtmonitor.platform.http.ClientDisconnects;
import io.dtmonitor.platform.persistence.DatabaseFailures;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every exception that can leave a resource to an RFC 9457 problem. Client mistakes become 4xx
 * with the fields at fault; anything unexpected becomes a 500 that carries an incident id instead
 * of a stack trace.
 *
 * <p>Resources name their request body parameter {@code request}, so that validation errors report
 * body fields by their JSON name alone and query parameters by their own name.
 */
public class ProblemExceptionMappers {

  private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri) {
    Response problem = ProblemResponses.of(e.type(), e.getMessage(), path(uri), e.errors());
    return e.location()
        .map(location -> Response.fromResponse(problem).location(location).build())
        .orElse(problem);
  }

  @ServerExceptionMapper
  public Response violation(ResteasyReactiveViolationException e, UriInfo uri) {
    return constraintViolation(e, uri);
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
    List<FieldError> errors = Violations.toFieldErrors(e.getConstraintViolations());
    return errors.isEmpty()
        ? ProblemResponses.of(ProblemType.VALIDATION, "The request is invalid", path(uri))
        : problem(ProblemException.invalid(errors), uri);
  }

  @ServerExceptionMapper
  public Response malformed(JsonParseException e, UriInfo uri) {
    return ProblemResponses.of(
        ProblemType.MALFORMED_JSON,
        "The body is not valid JSON (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")",
        path(uri));
  }

  @ServerExceptionMapper
  public Response tooLarge(StreamConstraintsException e, UriInfo uri) {
    return ProblemResponses.of(ProblemType.VALIDATION, e.getOriginalMessage(), path(uri));
  }

  @ServerExceptionMapper
  public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
    return fieldProblem(e, uri);
  }

  @ServerExceptionMapper
  public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
    return fieldProblem(e, uri);
  }

  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
    // Jackson reports a body that ends early as a mismatch of the field it was reading.
    boolean truncated =
        e.getOriginalMessage() != null && e.getOriginalMessage().contains("end-of-input");
    if (e.getPath().isEmpty() || truncated) {
      return ProblemResponses.of(
          ProblemType.MALFORMED_JSON, "The body does not have the expected shape", path(uri));
    }
    return fieldProblem(e, uri);
  }

  @ServerExceptionMapper
  public Response valueInstantiation(ValueInstantiationException e, UriInfo uri) {
    return fieldProblem(e, uri);
  }

  @ServerExceptionMapper
  public Response mapping(JsonMappingException e, UriInfo uri) {
    return fieldProblem(e, uri);
  }

  @ServerExceptionMapper
  public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
    return concurrentChange(uri);
  }

  @ServerExceptionMapper
  public Response staleObject(StaleObjectStateException e, UriInfo uri) {
    return concurrentChange(uri);
  }

  @ServerExceptionMapper
  public Response authenticationFailed(
      AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
    return unauthenticated(e, uri, headers);
  }

  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
    return unauthenticated(e, uri, headers);
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return ProblemResponses.of(
        ProblemType.FORBIDDEN, "Your token's roles do not allow this operation", path(uri));
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, UriInfo uri) {
    // The JSON body reader reports some Jackson failures wrapped in a plain 400.
    if (e.getCause() instanceof JsonParseException parse) {
      return malformed(parse, uri);
    }
    if (e.getCause() instanceof JsonMappingException mapping) {
      return mapping instanceof MismatchedInputException mismatch
          ? mismatchedInput(mismatch, uri)
          : mapping(mapping, uri);
    }
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(e, uri);
    }
    ProblemType type = ProblemType.forStatus(status);
    Response problem = ProblemResponses.of(type, e.getMessage(), path(uri));
    return Response.fromResponse(problem).status(status).build();
  }

  /**
   * Anything not mapped above is a 500 with an incident id, except a response its client left
   * before it was written (logged at debug, no incident), and two kinds of database failure (see
   * {@link DatabaseFailures}): a data exception is about a value the client sent, e.g. a NUL
   * character, which no text column can hold, so it is a 400; an unreachable database is a 503 with
   * {@code Retry-After}. Its problem type tells the client what it may do: {@code unavailable} when
   * nothing was written and the same request can be sent again, {@code outcome-unknown} when the
   * database went away during the commit, so the client reads the resource (or repeats the request
   * with the same Idempotency-Key) before writing again.
   */
  @ServerExceptionMapper
  public Response unexpected(Throwable e, UriInfo uri) {
    if (DatabaseFailures.isDataException(e)) {
      return ProblemResponses.of(
          ProblemType.VALIDATION,
          "A value in the request cannot be stored or searched for (for example a NUL character"
              + " or a number out of range)",
          path(uri));
    }
    if (DatabaseFailures.isUnavailable(e)) {
      LOG.warnf("Database unavailable on %s: %s", path(uri), e.toString());
      return DatabaseFailures.isDuringCommit(e)
          ? ProblemResponses.of(
              ProblemType.OUTCOME_UNKNOWN,
              "The database became unreachable while the change was being committed, so it"
                  + " may or may not have been saved; read the resource before writing again",
              path(uri))
          : ProblemResponses.of(
              ProblemType.UNAVAILABLE,
              "The database is temporarily unavailable; nothing was changed, retry shortly",
              path(uri));
    }
    if (ClientDisconnects.caused(e)) {
      // Nobody reads this answer; the failure was the client leaving, not the service.
      LOG.debugf("Client left before the response to %s was written: %s", path(uri), e);
      return ProblemResponses.of(
          ProblemType.UNAVAILABLE,
          "The connection closed before the response was written",
          path(uri));
    }
    String incident = UUID.randomUUID().toString();
    LOG.errorf(e, "Unexpected error, incident %s", incident);
    return ProblemResponses.of(
        ProblemType.INTERNAL,
        "An unexpected error occurred; quote incident " + incident + " when reporting it",
        path(uri));
  }

  private Response concurrentChange(UriInfo uri) {
    return ProblemResponses.of(
        ProblemType.PRECONDITION_FAILED,
        "The resource was changed concurrently; fetch it again and retry with its new ETag",
        path(uri));
  }

  /**
   * A 401 with the RFC 6750 challenge: a bare {@code Bearer} when no token came, and {@code
   * error="invalid_token"} with a description when the presented one was refused, so a client can
   * tell an expired token (refresh it) from a missing one.
   */
  private Response unauthenticated(Exception e, UriInfo uri, HttpHeaders headers) {
    String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Response.fromResponse(
              ProblemResponses.of(
                  ProblemType.UNAUTHENTICATED,
                  "A valid bearer token from the configured issuer is required",
                  path(uri)))
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
          .build();
    }
    String reason =
        expired(e)
            ? "The access token has expired"
            : "The access token is not valid here: malformed, wrongly signed, or for another"
                + " issuer or audience";
    return Response.fromResponse(
            ProblemResponses.of(ProblemType.UNAUTHENTICATED, reason, path(uri)))
        .header(
            HttpHeaders.WWW_AUTHENTICATE,
            "Bearer error=\"invalid_token\", error_description=\"" + reason + "\"")
        .build();
  }

  private static boolean expired(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      String message = cause.getMessage();
      if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("expir")) {
        return true;
      }
    }
    return false;
  }

  private Response fieldProblem(JsonMappingException e, UriInfo uri) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonParseException parse) {
        return malformed(parse, uri);
      }
    }
    return problem(
        ProblemException.invalid(
            List.of(FieldError.inBody(JsonProblems.field(e), JsonProblems.message(e)))),
        uri);
  }

  private static String path(UriInfo uri) {
    return uri == null ? null : uri.getRequestUri().getRawPath();
  }
}
