package io.dtmonitor.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonPointer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One invalid input: where it is and what is wrong there. {@code field} names it as a reader would
 * ({@code lines[3].spentYtd}, or a query parameter's name); {@code pointer} is the RFC 6901 JSON
 * Pointer to the value in the request body, present when the problem is in the body, so a client
 * can find the value without parsing the readable path (whose keys may themselves hold dots).
 */
@Schema(name = "FieldError", description = "One invalid field of the request")
public record FieldError(
    @Schema(
            description = "Path of the field in the request, e.g. `titleUk` or `lines[3].amount`",
            example = "titleUk")
        String field,
    @Schema(description = "What is wrong with the value", example = "must not be blank")
        String message,
    @Schema(
            description =
                "RFC 6901 JSON Pointer to the value in the request body, when the problem is in"
                    + " the body; empty for the whole body",
            example = "/lines/3/amount")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String pointer) {

  private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

  /** A problem outside the body, such as a query parameter's. */
  public FieldError(String field, String message) {
    this(field, message, null);
  }

  /**
   * A problem in the body at {@code field}, a path of names and indexes such as {@code
   * directions[2].measures[0].code} ({@code $} for the whole body).
   */
  public static FieldError inBody(String field, String message) {
    JsonPointer pointer = JsonPointer.empty();
    if (!"$".equals(field)) {
      Matcher step = STEP.matcher(field);
      while (step.find()) {
        pointer =
            step.group(1) != null
                ? pointer.appendProperty(step.group(1))
                : pointer.appendIndex(Integer.parseInt(step.group(2)));
      }
    }
    return new FieldError(field, message, pointer.toString());
  }

  /** The same problem found inside a part of the body that sits at {@code field}/{@code at}. */
  public FieldError under(String field, JsonPointer at) {
    String joined = this.field.equals("$") ? field : field + "." + this.field;
    JsonPointer inner = pointer == null ? JsonPointer.empty() : JsonPointer.compile(pointer);
    return new FieldError(joined, message, at.append(inner).toString());
  }
}
