package io.dtmonitor.platform.time;

import io.dtmonitor.platform.problem.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a day a client sends in a query parameter, as YYYY-MM-DD. */
public final class Days {

  private Days() {}

  /** The day in {@code value}, empty when absent; any other form is a 400 naming the parameter. */
  public static Optional<LocalDate> parse(String parameter, String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(parameter, "must be a date as YYYY-MM-DD, such as 2022-06-30");
    }
  }
}
