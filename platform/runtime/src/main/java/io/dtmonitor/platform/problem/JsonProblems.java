package io.dtmonitor.platform.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.dtmonitor.platform.http.DecimalStrings;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What a field that JSON binding refused is called and what the client is told about it: an unknown
 * field, a value of the wrong type or form, with the form expected and an example ("use a date as
 * YYYY-MM-DD, such as "2026-01-15""), never a Java type name.
 */
public final class JsonProblems {

  /** What a value of each type must look like. */
  private static final Map<Class<?>, String> EXAMPLES =
      Map.ofEntries(
          Map.entry(BigDecimal.class, DecimalStrings.EXPECTED),
          Map.entry(LocalDate.class, "a date as YYYY-MM-DD, such as \"2026-01-15\""),
          Map.entry(Instant.class, "an RFC 3339 moment, such as \"2026-01-15T09:30:00Z\""),
          Map.entry(
              OffsetDateTime.class, "an RFC 3339 moment, such as \"2026-01-15T09:30:00+02:00\""),
          Map.entry(Integer.class, "a whole number, such as 2026"),
          Map.entry(int.class, "a whole number, such as 2026"),
          Map.entry(Long.class, "a whole number, such as 2026"),
          Map.entry(long.class, "a whole number, such as 2026"),
          Map.entry(Boolean.class, "true or false"),
          Map.entry(boolean.class, "true or false"),
          Map.entry(UUID.class, "a UUID, such as \"3f2504e0-4f89-41d3-9a0c-0305e82c3301\""),
          Map.entry(String.class, "a JSON string"));

  private JsonProblems() {}

  /** The message for the refused field. */
  public static String message(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException) {
      return "unknown field";
    }
    if (e instanceof InvalidFormatException invalid) {
      return invalidValue(invalid.getTargetType());
    }
    if (e instanceof MismatchedInputException mismatch) {
      return wrongType(mismatch.getTargetType());
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return e.getCause().getMessage();
    }
    return e.getOriginalMessage();
  }

  /** The message for a JSON value of the wrong kind, such as a number where a string belongs. */
  public static String wrongType(Class<?> type) {
    return "wrong type" + expected(type);
  }

  /** The message for a value of the right kind in the wrong form, such as "15.01.2026". */
  public static String invalidValue(Class<?> type) {
    return "invalid value" + expected(type);
  }

  /** The refused field's path, such as {@code lines[3].spentYtd}; {@code $} for the whole body. */
  public static String field(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "$" : path.toString();
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "";
    }
    if (type.isEnum()) {
      return " (one of "
          + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Object::toString).toList())
          + ")";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return " (use a JSON array)";
    }
    String example = EXAMPLES.get(type);
    if (example == null) {
      boolean object =
          Map.class.isAssignableFrom(type) || !type.getPackageName().startsWith("java.");
      return object ? " (use a JSON object)" : "";
    }
    return " (use " + example + ")";
  }
}
