package io.dtmonitor.reporting.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dtmonitor.platform.testing.TestClock;
import io.dtmonitor.platform.testing.Tokens;
import io.dtmonitor.reporting.integration.ProgrammeEventsFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A region opens its first-quarter report; the council's amendment in force from March reaches
 * reporting-service afterwards. The draft follows the version in force at the period's end: the
 * figures already entered stay, new measures get lines, a removed measure's line goes and the
 * history says what it held. The report is submitted in time at the end, so no other test's overdue
 * check finds it.
 */
@QuarkusTest
class ReportRebaseTest {

  /** A region no other test reports for. */
  private static final String REGION = "UA-26";

  private static final String LINE = "lines.find { it.measureCode == '1.1' }";

  @Inject ProgrammeEventsFixture programmes;
  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aDraftFollowsTheAmendmentsInForceAtItsPeriodsEnd() throws Exception {
    UUID programme = UUID.randomUUID();
    programmes.adopt(programmes.poltavaVersion(programme, 1).put("regionCode", REGION));
    clock.setKyiv("2022-03-10T10:00");
    String report = ReportCalls.create(REGION, programme, "2022-Q1");
    cdto()
        .get("/api/v1/reports/" + report)
        .then()
        .body("programmeVersion", equalTo(1))
        .body("lines.size()", equalTo(0));

    ObjectNode amendment = programmes.poltavaVersion(programme, 2).put("regionCode", REGION);
    amendment.put("effectiveFrom", "2022-03-01");
    programmes.publish(amendment);
    awaitVersion(report, 2);
    cdto()
        .get("/api/v1/reports/" + report)
        .then()
        .body("lines.size()", equalTo(30))
        .body(LINE + ".spentYtd", nullValue());
    history(report)
        .body("items.transition", hasItem("REBASED"))
        .body("items.find { it.transition == 'REBASED' }.actor", equalTo("system"));

    cdto()
        .header("If-Match", etag(report))
        .body(ReportCalls.lines(ReportCalls.money("1.1", "100", "90", "4.4", "5", "4"), Map.of()))
        .put("/api/v1/reports/" + report + "/lines")
        .then()
        .statusCode(200);
    String beforeSecond = etag(report);

    ObjectNode second = programmes.poltavaVersion(programme, 2).put("regionCode", REGION);
    second.put("versionNumber", 3).put("supersededVersionNumber", 2);
    second.put("effectiveFrom", "2022-03-15");
    ObjectNode content = (ObjectNode) second.get("content");
    remove((ArrayNode) content.get("measures"), "code", "4.4");
    remove((ArrayNode) content.get("lines"), "measureCode", "4.4");
    programmes.publish(second);
    awaitVersion(report, 3);

    cdto()
        .get("/api/v1/reports/" + report)
        .then()
        .body("lines.size()", equalTo(29))
        .body(LINE + ".fundedYtd", equalTo("100.0"))
        .body(LINE + ".spentYtd", equalTo("90.0"))
        .body("lines.find { it.measureCode == '4.4' }", nullValue());
    assertTrue(!beforeSecond.equals(etag(report)), "the ETag moved with the lines");
    List<String> reasons =
        history(report)
            .extract()
            .jsonPath()
            .getList("items.findAll { it.transition == 'REBASED' }.reason", String.class);
    assertEquals(2, reasons.size(), reasons.toString());
    assertTrue(reasons.get(1).contains("4.4 (funded 5.0, spent 4.0)"), reasons.get(1));

    clock.setKyiv("2022-04-10T10:00");
    cdto()
        .header("If-Match", etag(report))
        .post("/api/v1/reports/" + report + "/submission")
        .then()
        .statusCode(200);
  }

  private void awaitVersion(String report, int version) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      int current =
          cdto().get("/api/v1/reports/" + report).then().extract().path("programmeVersion");
      if (current == version) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the report never moved to version " + version);
  }

  private static void remove(ArrayNode items, String field, String value) {
    for (int i = items.size() - 1; i >= 0; i--) {
      if (value.equals(items.get(i).path(field).asText())) {
        items.remove(i);
      }
    }
  }

  private static io.restassured.response.ValidatableResponse history(String report) {
    return cdto().get("/api/v1/reports/" + report + "/history").then().statusCode(200);
  }

  private static RequestSpecification cdto() {
    return given().auth().oauth2(Tokens.cdto(REGION)).contentType("application/json");
  }

  private static String etag(String report) {
    return cdto().get("/api/v1/reports/" + report).then().statusCode(200).extract().header("ETag");
  }
}
