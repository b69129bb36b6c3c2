package io.dtmonitor.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dtmonitor.platform.testing.EventProbe;
import io.dtmonitor.platform.testing.EventSchemas;
import io.dtmonitor.platform.testing.HarnessEvents;
import io.dtmonitor.platform.testing.TestClock;
import io.dtmonitor.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The real Poltava programme and an illustrative 2022 reporting year, delivered as the other
 * services publish them, flow into budget execution and timeliness with no manual step, and a
 * replay of the topics after emptying the projections gives the same view.
 */
@QuarkusTest
class DerivedFromEventsTest {

  @Inject ObjectMapper json;
  @Inject TestClock clock;
  @Inject jakarta.persistence.EntityManager entityManager;

  @Test
  void anEventFromAnotherSourceThanItsProducerIsDeadLetteredUnapplied() throws Exception {
    assertDeadLetteredUnapplied(
        reportAccepted(), "/someone-with-write-access", "source /someone-with-write-access");
  }

  @Test
  void aReportEventThatFailsItsChecksIsDeadLetteredUnapplied() throws Exception {
    ObjectNode forged = reportAccepted();
    forged
        .put("regionCode", "XX-99")
        .put("period", "2022-Q5")
        .put("at", OffsetDateTime.now().plusDays(1).toString());
    ((ObjectNode) forged.get("totals")).put("spentYtd", "-5.0");
    assertDeadLetteredUnapplied(
        forged,
        "/reporting-service",
        "regionCode must be a region this suite knows",
        "period must match",
        "at must not be in the future",
        "totals.spentYtd must be greater than or equal to 0");
  }

  private ObjectNode reportAccepted() throws Exception {
    ObjectNode accepted =
        (ObjectNode) json.readTree(repoFile("docs/events/report-accepted.v1.example.json"));
    return accepted
        .put("reportId", UUID.randomUUID().toString())
        .put("programmeId", UUID.randomUUID().toString());
  }

  private void assertDeadLetteredUnapplied(ObjectNode report, String source, String... reasons)
      throws Exception {
    String reportId = report.get("reportId").asText();
    try (EventProbe deadLetters = new EventProbe("dtm.report.events.v1.dlt")) {
      send(
          "dtm.report.events.v1",
          "io.dtmonitor.report.ReportAccepted.v1",
          reportId,
          report,
          source);
      String reason =
          deadLetters
              .await(e -> reportId.equals(e.key()), Duration.ofSeconds(30))
              .header("dtm-dlt-reason");
      for (String expected : reasons) {
        assertTrue(reason.contains(expected), reason);
      }
    }
    assertEquals(
        0L,
        ((Number)
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .call(
                        () ->
                            entityManager
                                .createNativeQuery(
                                    "select count(*) from report_fact where report_id = cast(?1 as uuid)")
                                .setParameter(1, reportId)
                                .getSingleResult()))
            .longValue(),
        "nothing of it reached the projection");
  }

  @Test
  void poltava2022BudgetExecutionAndTimelinessAndReplay() throws Exception {
    UUID programme = UUID.randomUUID();
    ObjectNode adopted =
        (ObjectNode)
            json.readTree(repoFile("docs/events/programme-version-adopted.v1.example.json"));
    adopted.put("programmeId", programme.toString());
    adopted.set(
        "content", json.readTree(repoFile("data/programmes/poltava-digital-2021-2023/v2.json")));
    ObjectNode byYear = ((ObjectNode) adopted.get("computedTotals")).putObject("byYear");
    byYear.putObject("2021").put("kind", "FIXED").put("amount", "15000.0");
    byYear.putObject("2022").put("kind", "FIXED").put("amount", "21185.7");
    byYear.putObject("2023").put("kind", "FIXED").put("amount", "14050.0");
    send(
        "dtm.programme.events.v1",
        "io.dtmonitor.programme.ProgrammeVersionAdopted.v1",
        programme.toString(),
        adopted);

    String[][] reports = {
      {"2022-Q1", "QUARTER", "2022-04-25", "0", "3100.0"},
      {"2022-Q2", "QUARTER", "2022-07-25", "3", "6490.0"},
      {"2022-Q3", "QUARTER", "2022-10-25", "0", "9280.0"},
      {"2022-Q4", "QUARTER", "2023-01-25", "0", "12440.0"},
      {"2022", "YEAR", "2023-01-25", "0", "12440.0"}
    };
    for (String[] r : reports) {
      ObjectNode accepted =
          (ObjectNode) json.readTree(repoFile("docs/events/report-accepted.v1.example.json"));
      String reportId = UUID.randomUUID().toString();
      accepted
          .put("reportId", reportId)
          .put("programmeId", programme.toString())
          .put("period", r[0])
          .put("periodType", r[1]);
      accepted.put("dueDate", r[2]).put("daysLate", Integer.parseInt(r[3]));
      ((ObjectNode) accepted.get("totals"))
          .put("plannedFixed", "21185.7")
          .put("fundedYtd", r[4])
          .put("spentYtd", r[4]);
      assertEquals(0, EventSchemas.validate("report-accepted.v1", accepted.toString()).size());
      send("dtm.report.events.v1", "io.dtmonitor.report.ReportAccepted.v1", reportId, accepted);
    }
    clock.setKyiv("2023-02-01T10:00");
    try {
      String view = awaitView(programme);
      given()
          .queryParam("period", "2022")
          .get("/api/v1/cross-region")
          .then()
          .body("regions.find { it.regionCode == 'UA-53' }.budget.plannedFixed", equalTo("21185.7"))
          .body("regions.find { it.regionCode == 'UA-53' }.budget.spentYtd", equalTo("12440.0"))
          .body(
              "regions.find { it.regionCode == 'UA-53' }.budget.executionPercent", equalTo("58.7"))
          .body(
              "regions.find { it.regionCode == 'UA-53' }.indicators.find { it.indicatorCode == 'BUDGET_EXECUTION' }.status",
              equalTo("FINAL"))
          .body(
              "regions.find { it.regionCode == 'UA-53' }.indicators.find { it.indicatorCode == 'REPORT_TIMELINESS' }.value",
              equalTo("80.0"))
          .body("regions.find { it.regionCode == 'UA-53' }.reports.late", equalTo(1))
          .body(
              "regions.find { it.regionCode == 'UA-53' }.programmes.find { it.programmeId == '"
                  + programme
                  + "' }.versionNumber",
              equalTo(2));

      given()
          .queryParam("period", "2022")
          .queryParam("region", "UA-53")
          .get("/api/v1/exports/observations")
          .then()
          .body("items.find { it.indicatorCode == 'BUDGET_EXECUTION' }.value", equalTo("58.7"))
          .body("items.find { it.indicatorCode == 'BUDGET_EXECUTION' }.status", equalTo("FINAL"))
          .body("items.find { it.indicatorCode == 'REPORT_TIMELINESS' }.value", equalTo("80.0"));
      given()
          .auth()
          .oauth2(Tokens.admin())
          .post("/api/v1/admin/projections/rebuild")
          .then()
          .statusCode(200);
      assertEquals(view, viewWithoutTimestamp());
      given()
          .auth()
          .oauth2(Tokens.cdto("UA-53"))
          .post("/api/v1/admin/projections/rebuild")
          .then()
          .statusCode(403);
    } finally {
      clock.reset();
    }
  }

  private String awaitView(UUID programme) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < deadline) {
      String view = viewWithoutTimestamp();
      if (view.contains(programme.toString())
          && view.contains("\"executionPercent\":\"58.7\"")
          && view.contains("\"due\":5")) {
        return view;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the projections never caught up");
  }

  private String viewWithoutTimestamp() {
    return given()
        .queryParam("period", "2022")
        .get("/api/v1/cross-region")
        .then()
        .statusCode(200)
        .extract()
        .asString()
        .replaceAll("\"generatedAt\":\"[^\"]*\"", "");
  }

  private void send(String topic, String type, String key, ObjectNode data) throws Exception {
    send(
        topic,
        type,
        key,
        data,
        topic.startsWith("dtm.programme") ? "/programme-service" : "/reporting-service");
  }

  private void send(String topic, String type, String key, ObjectNode data, String source) {
    HarnessEvents.publishJson(topic, key, source, type, data.toString());
  }

  private static File repoFile(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve(relative))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException(relative + " not found");
    }
    return dir.resolve(relative).toFile();
  }
}
