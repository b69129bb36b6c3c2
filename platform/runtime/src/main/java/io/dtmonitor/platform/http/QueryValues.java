package io.dtmonitor.platform.http;

import io.dtmonitor.platform.problem.ProblemException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads typed values a client sends in query parameters, so that a value of the wrong form is a 400
 * naming the parameter and the form expected, where the framework's conversion would answer a bare
 * 404 as if the resource did not exist.
 */
public final class QueryValues {

  private QueryValues() {}

  /** The UUID in {@code value}, empty when absent. */
  public static Optional<UUID> uuid(String parameter, String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(
          parameter, "must be a UUID such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    }
  }

  /** The constant of {@code type} named {@code value}, empty when absent. */
  public static <E extends Enum<E>> Optional<E> oneOf(
      String parameter, String value, Class<E> type) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, value));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(
          parameter,
          "must be one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
    }
  }
}
