package io.dtmonitor.platform.time;

import io.dtmonitor.platform.problem.ProblemException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a moment a client sends in a query parameter, as RFC 3339 with an offset. */
public final class Moments {

  private Moments() {}

  /**
   * The moment in {@code value}, empty when absent; any other form is a 400 naming the parameter.
   */
  public static Optional<Instant> parse(String parameter, String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value).toInstant());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(
          parameter, "must be an RFC 3339 moment such as 2025-01-01T00:00:00Z");
    }
  }
}
