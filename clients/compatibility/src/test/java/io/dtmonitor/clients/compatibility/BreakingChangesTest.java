package io.dtmonitor.clients.compatibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker itself, on edits of the real reporting-service document. */
class BreakingChangesTest {

  private static final Path DOCUMENT =
      Path.of(System.getProperty("dtm.repository", "../.."))
          .resolve("docs/api/reporting-service.yaml");

  @Test
  void anUnchangedDocumentBreaksNothing() {
    assertEquals(List.of(), BreakingChanges.between("reporting-service", load(), load()));
  }

  @Test
  void aRemovedOperationIsBreaking() {
    OpenAPI current = load();
    current.getPaths().get("/api/v1/reports/{id}/history").setGet(null);

    List<BreakingChange> changes = BreakingChanges.between("reporting-service", load(), current);

    assertEquals(1, changes.size(), changes.toString());
    assertEquals("GET /api/v1/reports/{id}/history", changes.get(0).operation());
    assertEquals("operation removed", changes.get(0).what());
  }

  @Test
  void aNewRequiredRequestFieldIsBreaking() {
    OpenAPI current = load();
    Schema<?> request = current.getComponents().getSchemas().get("CreateReportRequest");
    request.addProperty("submittedBy", new StringSchema());
    List<String> required = new ArrayList<>(request.getRequired());
    required.add("submittedBy");
    request.setRequired(required);

    List<BreakingChange> changes = BreakingChanges.between("reporting-service", load(), current);

    assertEquals(
        List.of("POST /api/v1/programmes/{programmeId}/reports"),
        changes.stream().map(BreakingChange::operation).toList());
    assertTrue(changes.get(0).what().contains("request body"), changes.get(0).what());
  }

  @Test
  void aRemovedResponseFieldIsBreakingAndANewOptionalOneIsNot() {
    OpenAPI removed = load();
    removed.getComponents().getSchemas().get("Report").getProperties().remove("dueDate");
    assertFalse(BreakingChanges.between("reporting-service", load(), removed).isEmpty());

    OpenAPI added = load();
    added.getComponents().getSchemas().get("Report").addProperty("dueTime", new StringSchema());
    assertEquals(List.of(), BreakingChanges.between("reporting-service", load(), added));
  }

  @Test
  void theChangelogAcknowledgesOnlyTheNamedOperation() {
    ChangelogAcknowledgements changelog =
        ChangelogAcknowledgements.parse(
            List.of(
                "# Changelog",
                "## 1.1.0",
                "- reporting-service: `GET /api/v1/timeliness` gained a filter",
                "### Breaking",
                "- reporting-service: `GET /api/v1/reports/{id}/history` removed; use events"));
    BreakingChange history =
        new BreakingChange("reporting-service", "GET", "/api/v1/reports/{id}/history", "removed");
    BreakingChange timeliness =
        new BreakingChange("reporting-service", "GET", "/api/v1/timeliness", "removed");
    BreakingChange otherService =
        new BreakingChange("indicator-service", "GET", "/api/v1/reports/{id}/history", "removed");

    assertTrue(changelog.acknowledges(history));
    assertFalse(changelog.acknowledges(timeliness), "listed outside a Breaking heading");
    assertFalse(changelog.acknowledges(otherService));
  }

  private static OpenAPI load() {
    OpenAPI api = new OpenAPIV3Parser().read(DOCUMENT.toString());
    if (api == null) {
      throw new IllegalStateException("Cannot parse " + DOCUMENT);
    }
    return api;
  }
}
