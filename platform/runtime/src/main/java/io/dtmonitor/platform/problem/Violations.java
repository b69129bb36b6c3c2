package io.dtmonitor.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Turns Bean Validation violations into field errors whose paths read like the JSON they came from
 * ({@code lines[3].planned.amount}): method and body-parameter nodes are dropped, a query parameter
 * keeps its own name.
 */
public final class Violations {

  /** Name resources give their request body parameter. */
  public static final String BODY_PARAMETER = "request";

  private Violations() {}

  public static List<FieldError> toFieldErrors(
      Collection<? extends ConstraintViolation<?>> violations) {
    return violations.stream()
        .map(v -> new FieldError(path(v.getPropertyPath()), v.getMessage()))
        .sorted(Comparator.comparing(FieldError::field))
        .toList();
  }

  public static String path(Path propertyPath) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : propertyPath) {
      if (node.getKind() == ElementKind.METHOD) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        if (!BODY_PARAMETER.equals(node.getName())) {
          field.append(node.getName());
        }
        continue;
      }
      if (node.getIndex() != null) {
        field.append('[').append(node.getIndex()).append(']');
      }
      if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(node.getName());
      }
    }
    return field.isEmpty() ? "$" : field.toString();
  }
}
