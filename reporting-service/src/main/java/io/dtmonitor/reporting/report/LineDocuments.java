package io.dtmonitor.reporting.report;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dtmonitor.platform.http.JsonBodies;
import io.dtmonitor.platform.http.MergePatch;
import io.dtmonitor.platform.problem.FieldError;
import io.dtmonitor.platform.problem.ProblemException;
import io.dtmonitor.platform.problem.Violations;
import io.dtmonitor.reporting.report.api.LineUpdate;
import io.dtmonitor.reporting.report.api.UpdateLinesRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the two documents that change a report's lines, reporting every problem of a document at
 * once, each named by its path:
 *
 * <ul>
 *   <li>a whole-line replacement ({@code PUT}): each line sent must carry every field, null for an
 *       empty one, so a field left out is a 400 rather than a silent reset;
 *   <li>a JSON Merge Patch (RFC 7396, {@code PATCH}): an object keyed by measure code whose members
 *       patch that line's fields; a field sent replaces the line's, null clears it, and what is not
 *       sent stays. Each patched line becomes the whole-line update {@link LineChanges} applies.
 * </ul>
 */
@ApplicationScoped
public class LineDocuments {

  /** The fields of a whole line, as {@link LineUpdate} names them. */
  static final List<String> FIELDS =
      List.of(
          "measureCode",
          "fundedYtd",
          "spentYtd",
          "measureStatus",
          "narrative",
          "evidenceLinks",
          "correctionNote");

  private static final int MAX_LINES = 1000;

  private static final JsonPointer LINES = JsonPointer.empty().appendProperty("lines");

  private final ObjectMapper json;
  private final JsonBodies bodies;
  private final Validator validator;

  public LineDocuments(ObjectMapper json, JsonBodies bodies, Validator validator) {
    this.json = json;
    this.bodies = bodies;
    this.validator = validator;
  }

  /** The whole lines of a {@code PUT}: {"lines": [{every field}, ...]}. */
  UpdateLinesRequest whole(JsonNode body) {
    JsonNode lines = body == null ? null : body.get("lines");
    if (lines == null || !lines.isArray() || lines.isEmpty() || lines.size() > MAX_LINES) {
      throw ProblemException.invalid(
          List.of(
              FieldError.inBody(
                  "lines",
                  "must be a list of 1 to " + MAX_LINES + " lines, each with every field")));
    }
    List<FieldError> errors = new ArrayList<>();
    body.fieldNames()
        .forEachRemaining(
            name -> {
              if (!name.equals("lines")) {
                errors.add(FieldError.inBody(name, "unknown field"));
              }
            });
    List<LineUpdate> updates = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String path = "lines[" + i + "]";
      JsonPointer at = LINES.appendIndex(i);
      JsonNode line = lines.get(i);
      if (!line.isObject()) {
        errors.add(FieldError.inBody(path, "must be an object with every field of the line"));
        continue;
      }
      List<String> missing = FIELDS.stream().filter(field -> !line.has(field)).toList();
      missing.forEach(
          field ->
              errors.add(
                  FieldError.inBody(
                      path + "." + field,
                      "is missing: PUT replaces the whole line, so send every field (null for"
                          + " an empty one), or PATCH the lines to change some")));
      if (missing.isEmpty()) {
        read(path, at, (ObjectNode) line, errors).ifPresent(updates::add);
      }
    }
    throwIfAny(errors);
    return new UpdateLinesRequest(updates);
  }

  /** The whole-line updates a merge patch makes of {@code lines}, the lines it names only. */
  List<LineUpdate> patched(Map<String, ReportLine> lines, JsonNode patch) {
    if (patch == null || !patch.isObject() || patch.isEmpty()) {
      throw ProblemException.invalid(
          List.of(
              FieldError.inBody(
                  "$",
                  "must be an object naming at least one line by its measure code, such as"
                      + " {\"1.1\": {\"spentYtd\": \"10.0\"}}")));
    }
    List<FieldError> errors = new ArrayList<>();
    List<LineUpdate> updates = new ArrayList<>();
    patch
        .properties()
        .forEach(
            member -> {
              String code = member.getKey();
              JsonPointer at = JsonPointer.empty().appendProperty(code);
              ReportLine line = lines.get(code);
              if (line == null) {
                errors.add(new FieldError(code, "is not a measure of this report", at.toString()));
              } else if (!member.getValue().isObject()) {
                errors.add(
                    new FieldError(
                        code,
                        "must be an object of the fields to change; lines are never removed",
                        at.toString()));
              } else if (member.getValue().has("measureCode")) {
                errors.add(
                    new FieldError(
                        code + ".measureCode",
                        "the line is named by its key",
                        at.appendProperty("measureCode").toString()));
              } else {
                ObjectNode merged = (ObjectNode) MergePatch.apply(current(line), member.getValue());
                merged.put("measureCode", code);
                read(code, at, merged, errors).ifPresent(updates::add);
              }
            });
    throwIfAny(errors);
    return updates;
  }

  /**
   * Reads one whole line found at {@code path} ({@code at}), adding its problems to {@code errors}.
   */
  private Optional<LineUpdate> read(
      String path, JsonPointer at, ObjectNode line, List<FieldError> errors) {
    LineUpdate update;
    try {
      update = bodies.read(line, LineUpdate.class);
    } catch (ProblemException e) {
      e.errors().stream().map(error -> error.under(path, at)).forEach(errors::add);
      return Optional.empty();
    }
    Violations.toFieldErrors(validator.validate(update)).stream()
        .map(error -> error.under(path, at))
        .forEach(errors::add);
    return Optional.of(update);
  }

  private JsonNode current(ReportLine line) {
    ObjectNode node =
        json.valueToTree(
            new LineUpdate(
                line.measureCode,
                line.fundedYtd,
                line.spentYtd,
                line.measureStatus,
                line.narrative,
                line.evidenceLinks,
                line.correctionNote));
    node.remove("measureCode");
    return node;
  }

  private static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
  }
}
