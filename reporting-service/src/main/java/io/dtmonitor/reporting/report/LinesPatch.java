package io.dtmonitor.reporting.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dtmonitor.platform.http.MergePatch;
import io.dtmonitor.platform.problem.FieldError;
import io.dtmonitor.platform.problem.ProblemException;
import io.dtmonitor.platform.problem.Violations;
import io.dtmonitor.reporting.report.api.LineUpdate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a JSON Merge Patch (RFC 7396) of a report's lines: an object keyed by measure code whose
 * members patch that line's fields (fundedYtd, spentYtd, measureStatus, narrative, evidenceLinks,
 * correctionNote). A field sent replaces the line's, null clears it, and what is not sent stays, so
 * each patched line becomes the whole-line update {@link LineChanges} applies. Every problem of the
 * patch is reported at once, named by measure code and field.
 */
@ApplicationScoped
public class LinesPatch {

  private final ObjectMapper json;
  private final Validator validator;

  public LinesPatch(ObjectMapper json, Validator validator) {
    this.json = json;
    this.validator = validator;
  }

  /** The whole-line updates the patch makes of {@code lines}, the lines it names only. */
  List<LineUpdate> updates(Map<String, ReportLine> lines, JsonNode patch) {
    if (!patch.isObject() || patch.isEmpty()) {
      throw ProblemException.invalid(
          "$",
          "must be an object naming at least one line by its measure code, such as {\"1.1\": {\"spentYtd\": \"10.0\"}}");
    }
    List<FieldError> errors = new ArrayList<>();
    List<LineUpdate> updates = new ArrayList<>();
    patch
        .properties()
        .forEach(
            member -> {
              String code = member.getKey();
              ReportLine line = lines.get(code);
              if (line == null) {
                errors.add(new FieldError(code, "is not a measure of this report"));
              } else if (!member.getValue().isObject()) {
                errors.add(
                    new FieldError(
                        code,
                        "must be an object of the fields to change; lines are never removed"));
              } else if (member.getValue().has("measureCode")) {
                errors.add(new FieldError(code + ".measureCode", "the line is named by its key"));
              } else {
                read(code, MergePatch.apply(current(line), member.getValue()), errors)
                    .ifPresent(updates::add);
              }
            });
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    return updates;
  }

  private Optional<LineUpdate> read(String code, JsonNode merged, List<FieldError> errors) {
    ((ObjectNode) merged).put("measureCode", code);
    LineUpdate update;
    try {
      update = json.treeToValue(merged, LineUpdate.class);
    } catch (JsonMappingException e) {
      errors.add(
          new FieldError(
              code + "." + field(e),
              e instanceof UnrecognizedPropertyException ? "unknown field" : "invalid value"));
      return Optional.empty();
    } catch (JsonProcessingException e) {
      errors.add(new FieldError(code, "invalid value"));
      return Optional.empty();
    }
    Violations.toFieldErrors(validator.validate(update)).stream()
        .map(error -> new FieldError(code + "." + error.field(), error.message()))
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

  private static String field(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
        .orElse("$");
  }
}
