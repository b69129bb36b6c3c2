package io.dtmonitor.programme.version;

import static io.dtmonitor.programme.version.VersionRequests.adopt;
import static io.dtmonitor.programme.version.VersionRequests.adoptedPoltavaProgramme;
import static io.dtmonitor.programme.version.VersionRequests.adoptionOfVersion1;
import static io.dtmonitor.programme.version.VersionRequests.importDraft;
import static io.dtmonitor.programme.version.VersionRequests.poltava;
import static io.dtmonitor.programme.version.VersionRequests.registerPoltavaProgramme;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dtmonitor.platform.testing.EventProbe;
import io.dtmonitor.platform.testing.EventSchemas;
import io.dtmonitor.platform.testing.Tokens;
import io.dtmonitor.programme.events.ProgrammeEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real Poltava programme "Цифрова Полтавщина" 2021-2023 through the HTTP API: its numbers are
 * the acceptance tests.
 */
@QuarkusTest
class PoltavaProgrammeTest {

  @Inject ObjectMapper json;

  @Test
  void version2HoldsTheDocumentsTotalsExactly() {
    String id = adoptedPoltavaProgramme();

    given()
        .get("/api/v1/programmes/" + id + "/versions/2")
        .then()
        .statusCode(200)
        .body("status", equalTo("ADOPTED"))
        .body("document.directions.size()", equalTo(4))
        .body("document.measures.size()", equalTo(30))
        .body("document.lines.size()", equalTo(89))
        .body("document.lines.findAll { it.planned.kind == 'FIXED' }.size()", equalTo(28))
        .body("document.lines.findAll { it.planned.kind == 'WITHIN_FUNDING' }.size()", equalTo(61))
        .body("computedTotals.total.amount", equalTo("50235.7"))
        .body("computedTotals.byYear['2021'].amount", equalTo("15000.0"))
        .body("computedTotals.byYear['2022'].amount", equalTo("21185.7"))
        .body("computedTotals.byYear['2023'].amount", equalTo("14050.0"))
        .body("computedTotals.byDirection['1'].amount", equalTo("1710.0"))
        .body("computedTotals.byDirection['2'].kind", equalTo("WITHIN_FUNDING"))
        .body("computedTotals.byDirection['2'].amount", equalTo(null))
        .body("computedTotals.byDirection['3'].amount", equalTo("39507.9"))
        .body("computedTotals.byDirection['4'].amount", equalTo("9017.8"))
        .body("document.statedTotals.total.amount", equalTo("50235.7"))
        .body("findings.severity", not(hasItem("ERROR")))
        .body(
            "findings.code",
            hasItems(
                "MISSING_DECISION_REFERENCE",
                "DIRECTION_WITHOUT_FIXED_AMOUNT",
                "MIXED_ALPHABET_TITLE"))
        .body(
            "findings.find { it.code == 'DIRECTION_WITHOUT_FIXED_AMOUNT' }.subject",
            equalTo("direction:2"))
        .body(
            "findings.find { it.code == 'DIRECTION_WITHOUT_FIXED_AMOUNT' }.severity",
            equalTo("INFO"))
        .body("findings.find { it.code == 'MIXED_ALPHABET_TITLE' }.subject", equalTo("measure:2.1"))
        .body(
            "findings.find { it.code == 'MIXED_ALPHABET_TITLE' }.message",
            containsString("широкопasmової"))
        // The two executors cells split by hand (data/programmes/README.md) stay visible.
        .body(
            "findings.findAll { it.code == 'EXECUTORS_DIFFER_FROM_SOURCE_TEXT' }.subject",
            equalTo(List.of("measure:3.9", "measure:3.12")))
        .body(
            "findings.find { it.subject == 'measure:3.12' }.message",
            containsString("адміністративних будівель Управління інфраструктури"));
  }

  @Test
  void diffOfTheAmendmentMatchesTheDocuments() {
    String id = adoptedPoltavaProgramme();

    given()
        .queryParam("from", 1)
        .queryParam("to", 2)
        .get("/api/v1/programmes/" + id + "/diff")
        .then()
        .statusCode(200)
        .body("overall.statedBefore.amount", equalTo("42115.0"))
        .body("overall.statedAfter.amount", equalTo("50235.7"))
        .body("overall.statedDelta", equalTo("8120.7"))
        .body("years.find { it.year == 2021 }.totals.statedDelta", equalTo("-800.0"))
        .body("years.find { it.year == 2022 }.totals.statedDelta", equalTo("8920.7"))
        .body("years.find { it.year == 2023 }.totals.statedDelta", equalTo("0.0"))
        .body("lines.size()", equalTo(89))
        .body("lines.change", not(hasItem("REMOVED")))
        .body("measuresAdded.size()", equalTo(30))
        .body("directions.find { it.number == 3 }.totals.computedDelta", equalTo("39507.9"))
        // Direction 2 is planned "within funding": a new kind, not an amount of zero.
        .body(
            "directions.find { it.number == 2 }.totals.statedAfter.kind", equalTo("WITHIN_FUNDING"))
        .body("directions.find { it.number == 2 }.totals.statedDelta", nullValue());
  }

  @Test
  void versionInForceFollowsTheDecisions() {
    String id = adoptedPoltavaProgramme();

    given()
        .queryParam("date", "2021-01-15")
        .get("/api/v1/programmes/" + id + "/version-in-force")
        .then()
        .statusCode(404);
    given()
        .queryParam("date", "2021-06-30")
        .get("/api/v1/programmes/" + id + "/version-in-force")
        .then()
        .statusCode(200)
        .body("number", equalTo(1));
    given()
        .queryParam("date", "2022-06-30")
        .get("/api/v1/programmes/" + id + "/version-in-force")
        .then()
        .statusCode(200)
        .body("number", equalTo(2));
    given()
        .get("/api/v1/programmes/" + id + "/versions")
        .then()
        .statusCode(200)
        .body("items.status", equalTo(java.util.List.of("SUPERSEDED", "ADOPTED")))
        .body("items[0].decision.number", equalTo("115"))
        .body("items[1].computedTotal.amount", equalTo("50235.7"));
    given()
        .get("/api/v1/programmes/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("ADOPTED"))
        .body("titleUk", equalTo(readV2().path("passport").path("titleUk").asText()));
  }

  @Test
  void exportReturnsTheImportedDocument() throws Exception {
    String id = adoptedPoltavaProgramme();

    String exported =
        given()
            .get("/api/v1/programmes/" + id + "/versions/2/document")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    // The data file leaves out the empty list of links; the export writes every list, empty or not.
    ObjectNode expected = (ObjectNode) readV2();
    expected.putArray("organisationLinks");
    assertEquals(expected, json.readTree(exported));
    assertTrue(EventSchemas.validate("programme-version-document.v1", exported).isEmpty());
  }

  @Test
  void adoptionPublishesTheSnapshotAndTheDiff() throws Exception {
    try (EventProbe probe = new EventProbe(ProgrammeEvents.TOPIC)) {
      String id = adoptedPoltavaProgramme();
      var event =
          probe.await(
              e ->
                  id.equals(e.key())
                      && ProgrammeEvents.VERSION_ADOPTED.equals(e.type())
                      && e.data().contains("\"versionNumber\":2"),
              Duration.ofSeconds(20));
      var errors = EventSchemas.validate("programme-version-adopted.v1", event.data());
      assertTrue(errors.isEmpty(), errors.toString());
      JsonNode data = json.readTree(event.data());
      assertEquals(1, data.get("supersededVersionNumber").asInt());
      assertEquals("8120.7", data.path("diff").path("overall").path("statedDelta").asText());
      assertEquals(89, data.path("content").path("lines").size());
      assertEquals("50235.7", data.path("computedTotals").path("total").path("amount").asText());
      assertEquals("2021-12-01", data.get("effectiveFrom").asText());
      assertEquals("UA-53", event.header("ce_region"));
      var first =
          probe.await(
              e ->
                  id.equals(e.key())
                      && ProgrammeEvents.VERSION_ADOPTED.equals(e.type())
                      && e.data().contains("\"versionNumber\":1"),
              Duration.ofSeconds(5));
      assertTrue(json.readTree(first.data()).get("diff").isNull());
    }
  }

  @Test
  void version1NeedsItsFindingsAcknowledged() {
    String id = registerPoltavaProgramme();
    String etag =
        importDraft(id, DataFiles.read("poltava-digital-2021-2023/v1.json"), null)
            .then()
            .statusCode(201)
            .body("findings.code", hasItem("STATED_TOTAL_MISMATCH"))
            .extract()
            .header("ETag");

    adopt(
            id,
            1,
            etag,
            adoptionOfVersion1()
                .replace("\"acknowledgeFindings\": true", "\"acknowledgeFindings\": false"))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.field", hasItems("programme", "year:2021", "year:2022", "year:2023"))
        .body("errors.message", hasItem(containsString("STATED_TOTAL_MISMATCH")));
    adopt(
            id,
            1,
            etag,
            adoptionOfVersion1()
                .replaceAll("\"acknowledgementNote\": \"[^\"]*\"", "\"acknowledgementNote\": null"))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("acknowledgementNote"));
    poltava()
        .get("/api/v1/programmes/" + id + "/versions/1")
        .then()
        .body("status", equalTo("DRAFT"));

    adopt(id, 1, etag, adoptionOfVersion1())
        .then()
        .statusCode(200)
        .body("status", equalTo("ADOPTED"))
        .body("effectiveFrom", equalTo("2021-02-23"))
        .body("findingsAcknowledgement", containsString("news article"));
  }

  @Test
  void aLineOutsideItsMeasuresTermIsFlagged() throws Exception {
    String id = adoptedPoltavaProgramme();
    String draftTag =
        poltava()
            .post("/api/v1/programmes/" + id + "/draft")
            .then()
            .statusCode(201)
            .extract()
            .header("ETag");
    JsonNode document = readV2();
    ((com.fasterxml.jackson.databind.node.ArrayNode) document.get("lines"))
        .addObject()
        .put("measureCode", "3.1")
        .put("year", 2023)
        .put("source", "REGIONAL_BUDGET")
        .putObject("planned")
        .put("kind", "FIXED")
        .put("amount", "100.0");

    importDraft(id, json.writeValueAsString(document), draftTag)
        .then()
        .statusCode(200)
        .body("number", equalTo(3))
        .body(
            "findings.find { it.code == 'LINE_OUTSIDE_MEASURE_TERM' }.subject",
            equalTo("line:3.1/2023/REGIONAL_BUDGET"))
        .body("findings.find { it.code == 'LINE_OUTSIDE_MEASURE_TERM' }.severity", equalTo("ERROR"))
        .body("findings.code", hasItem("STATED_TOTAL_MISMATCH"));
    given().get("/api/v1/programmes/" + id + "/versions/3").then().statusCode(404);
    given()
        .auth()
        .oauth2(Tokens.ministry())
        .get("/api/v1/programmes/" + id + "/versions/3")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.cdto("UA-63"))
        .get("/api/v1/programmes/" + id + "/draft")
        .then()
        .statusCode(404);
  }

  private JsonNode readV2() {
    try {
      return json.readTree(DataFiles.read("poltava-digital-2021-2023/v2.json"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
