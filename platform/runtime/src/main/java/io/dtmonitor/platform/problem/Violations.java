package io.dtmonitor.platform.problem;

import com.fasterxml.jackson.core.JsonPointer;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Turns Bean Validation violations into field errors whose paths read like the JSON they came from
 * ({@code lines[3].planned.amount}): method and body-parameter nodes are dropped, a query parameter
 * keeps its own name. A violation in the body (or in a document validated on its own) also gets its
 * JSON Pointer.
 */
public final class Violations {

  /** Name resources give their request body parameter. */
  public static final String BODY_PARAMETER = "request";

  private Violations() {}

  public static List<FieldError> toFieldErrors(
      Collection<? extends ConstraintViolation<?>> violations) {
    return violations.stream()
        .map(v -> fieldError(v.getPropertyPath(), v.getMessage()))
        .sorted(Comparator.comparing(FieldError::field))
        .toList();
  }

  public static String path(Path propertyPath) {
    return fieldError(propertyPath, "").field();
  }

  private static FieldError fieldError(Path propertyPath, String message) {
    StringBuilder field = new StringBuilder();
    JsonPointer pointer = JsonPointer.empty();
    boolean inBody = true;
    for (Path.Node node : propertyPath) {
      if (node.getKind() == ElementKind.METHOD) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        inBody = BODY_PARAMETER.equals(node.getName());
        if (!inBody) {
          field.append(node.getName());
        }
        continue;
      }
      if (node.getIndex() != null) {
        field.append('[').append(node.getIndex()).append(']');
        pointer = pointer.appendIndex(node.getIndex());
      } else if (node.getKey() != null) {
        field.append(field.isEmpty() ? "" : ".").append(node.getKey());
        pointer = pointer.appendProperty(String.valueOf(node.getKey()));
      }
      if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(node.getName());
        pointer = pointer.appendProperty(node.getName());
      }
    }
    String path = field.isEmpty() ? "$" : field.toString();
    return new FieldError(path, message, inBody ? pointer.toString() : null);
  }
}
