package io.dtmonitor.platform.http;

import io.dtmonitor.platform.problem.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads typed values a client sends in query parameters, so that a value of the wrong form is a 400
 * naming the parameter and the form expected, where the framework's conversion would answer a bare
 * 404 as if the resource did not exist. Each reader answers empty when the parameter is absent.
 */
public final class QueryValues {

  private QueryValues() {}

  /** The UUID in {@code value}. */
  public static Optional<UUID> uuid(String parameter, String value) {
    return parse(
        parameter,
        value,
        UUID::fromString,
        "must be a UUID such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301");
  }

  /** The day in {@code value}, as YYYY-MM-DD. */
  public static Optional<LocalDate> day(String parameter, String value) {
    return parse(
        parameter, value, LocalDate::parse, "must be a date as YYYY-MM-DD, such as 2022-06-30");
  }

  /** The moment in {@code value}, as RFC 3339 with an offset. */
  public static Optional<Instant> moment(String parameter, String value) {
    return parse(
        parameter,
        value,
        text -> OffsetDateTime.parse(text).toInstant(),
        "must be an RFC 3339 moment such as 2025-01-01T00:00:00Z");
  }

  /** The constant of {@code type} named {@code value}. */
  public static <E extends Enum<E>> Optional<E> oneOf(
      String parameter, String value, Class<E> type) {
    return parse(
        parameter,
        value,
        name -> Enum.valueOf(type, name),
        "must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", ")));
  }

  private static <T> Optional<T> parse(
      String parameter, String value, Function<String, T> reader, String expected) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(reader.apply(value));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw ProblemException.invalid(parameter, expected);
    }
  }
}
