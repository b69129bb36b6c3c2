package io.dtmonitor.reporting.expected;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtmonitor.platform.testing.EventProbe;
import io.dtmonitor.platform.testing.EventSchemas;
import io.dtmonitor.platform.testing.TestClock;
import io.dtmonitor.platform.testing.Tokens;
import io.dtmonitor.reporting.events.ReportEvents;
import io.dtmonitor.reporting.integration.ProgrammeEventsFixture;
import io.dtmonitor.reporting.report.ReportCalls;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reports are expected from the schedule whether or not anyone starts them: each is listed with its
 * due date and zone, turns overdue after the end of its due day in that zone, is opened and marked
 * overdue once by the check when nobody started it, and counts in completeness and timeliness. The
 * Ukrainian rule (the 25th, Europe/Kyiv), the Russian one (the 8th, Asia/Yekaterinburg) and a
 * custom due day are each checked with the clock either side of midnight in their zone.
 */
@QuarkusTest
class ExpectedReportsTest {

  @Inject ProgrammeEventsFixture programmes;
  @Inject MissedReports missed;
  @Inject TestClock clock;
  @Inject EntityManager entityManager;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aQuarterNobodyStartedIsExpectedThenOverdueAfterTheUkrainianDueDay() {
    UUID programme = adopted("UA-59", "UAH");
    clock.setKyiv("2026-04-25T23:30");
    JsonPath list = expected("UA-59", Tokens.cdto("UA-59"));
    assertEquals(
        "[2026-Q1, 2026-Q2, 2026-Q3, 2026-Q4, 2026]",
        list.getList("items.findAll { it.programmeId == '" + programme + "' }.period").toString(),
        "every period of the year is expected, though nobody started any");
    Map<String, Object> first = item(list, programme, "2026-Q1");
    assertEquals("2026-04-25", first.get("dueDate"));
    assertEquals("Europe/Kyiv", first.get("dueZone"));
    assertEquals("NOT_STARTED", first.get("state"));
    assertEquals(false, first.get("overdue"), "the due day is not over in Kyiv");
    assertEquals(null, first.get("daysLate"));
    missed.openOverdue(clock.instant());
    opened(programme, 0);

    clock.setKyiv("2026-04-26T00:30");
    Map<String, Object> late = item(expected("UA-59", Tokens.cdto("UA-59")), programme, "2026-Q1");
    assertEquals(true, late.get("overdue"));
    assertEquals(1, late.get("daysLate"));
  }

  @Test
  void theRussianRuleIsTheEighthInYekaterinburg() {
    UUID programme = adopted("RU-ORE", "RUB");
    // 23:30 on the 8th in Yekaterinburg is 21:30 in Kyiv; 00:30 on the 9th is 22:30 on the 8th.
    clock.setKyiv("2026-04-08T21:30");
    Map<String, Object> due = item(expected("RU-ORE", Tokens.cdto("RU-ORE")), programme, "2026-Q1");
    assertEquals("2026-04-08", due.get("dueDate"));
    assertEquals("Asia/Yekaterinburg", due.get("dueZone"));
    assertEquals(false, due.get("overdue"));
    clock.setKyiv("2026-04-08T22:30");
    assertEquals(
        true,
        item(expected("RU-ORE", Tokens.cdto("RU-ORE")), programme, "2026-Q1").get("overdue"),
        "past midnight in Yekaterinburg, though still the 8th in Kyiv");
  }

  @Test
  void aCustomDueDayMovesTheDeadline() {
    UUID programme = adopted("UA-61", "UAH");
    given()
        .auth()
        .oauth2(Tokens.cdto("UA-61"))
        .contentType(ContentType.JSON)
        .body("{\"quarterly\": true, \"annual\": false, \"dueDay\": 10, \"zone\": \"Europe/Kyiv\"}")
        .put("/api/v1/programmes/" + programme + "/reporting-schedule")
        .then()
        .statusCode(200);
    clock.setKyiv("2026-12-31T12:00");
    JsonPath list = expected("UA-61", Tokens.cdto("UA-61"));
    assertEquals(
        "[2026-Q1, 2026-Q2, 2026-Q3, 2026-Q4]",
        list.getList("items.findAll { it.programmeId == '" + programme + "' }.period").toString(),
        "no annual report under this schedule");
    clock.setKyiv("2026-04-10T23:30");
    assertEquals(
        false, item(expected("UA-61", Tokens.cdto("UA-61")), programme, "2026-Q1").get("overdue"));
    clock.setKyiv("2026-04-11T00:30");
    assertEquals(
        true, item(expected("UA-61", Tokens.cdto("UA-61")), programme, "2026-Q1").get("overdue"));
  }

  @Test
  void theCheckOpensAndMarksAMissedReportOnceAndTheRegionStartsIt() {
    UUID programme = adopted("UA-65", "UAH");
    clock.setKyiv("2026-04-26T00:30");
    try (EventProbe events = new EventProbe(ReportEvents.TOPIC)) {
      missed.openOverdue(clock.instant());
      missed.openOverdue(clock.instant());
      Map<String, Object> opened =
          item(expected("UA-65", Tokens.cdto("UA-65")), programme, "2026-Q1");
      String reportId = (String) opened.get("reportId");
      assertNotNull(reportId, "the check opened the report");
      assertEquals("NOT_STARTED", opened.get("state"), "opened by the check, not started");
      opened(programme, 1);
      var overdue =
          events.await(
              e -> reportId.equals(e.key()) && ReportEvents.OVERDUE.equals(e.type()),
              Duration.ofSeconds(20));
      assertTrue(EventSchemas.validate("report-overdue.v1", overdue.data()).isEmpty());
      assertTrue(overdue.data().contains("\"submissions\":0"), overdue.data());
      assertEquals(
          1,
          events
              .collect(
                  e -> reportId.equals(e.key()) && ReportEvents.OVERDUE.equals(e.type()),
                  Duration.ofSeconds(2))
              .size(),
          "one ReportOverdue");

      // The public sees that it is missing, not that the system opened a draft.
      Map<String, Object> anonymous = item(expected("UA-65", null), programme, "2026-Q1");
      assertEquals("NOT_SUBMITTED", anonymous.get("state"));
      assertEquals(null, anonymous.get("reportId"));
      assertEquals(true, anonymous.get("overdue"));

      String started =
          given()
              .auth()
              .oauth2(Tokens.cdto("UA-65"))
              .contentType(ContentType.JSON)
              .body("{\"period\": \"2026-Q1\"}")
              .post("/api/v1/programmes/" + programme + "/reports")
              .then()
              .statusCode(201)
              .body("overdue", equalTo(true))
              .extract()
              .path("id");
      assertEquals(reportId, started, "the region starts the report the check opened");
      assertEquals(
          "DRAFT",
          item(expected("UA-65", Tokens.cdto("UA-65")), programme, "2026-Q1").get("state"));
      given()
          .auth()
          .oauth2(Tokens.cdto("UA-65"))
          .contentType(ContentType.JSON)
          .body("{\"period\": \"2026-Q1\"}")
          .post("/api/v1/programmes/" + programme + "/reports")
          .then()
          .statusCode(409)
          .contentType(containsString("application/problem+json"));
    }
  }

  @Test
  void completenessAndTimelinessCountEveryExpectedReport() {
    UUID programme = adopted("UA-68", "UAH");
    clock.setKyiv("2026-04-20T10:00");
    submit("UA-68", ReportCalls.create("UA-68", programme, "2026-Q1"));
    clock.setKyiv("2026-07-28T10:00");
    submit("UA-68", ReportCalls.create("UA-68", programme, "2026-Q2"));
    clock.setKyiv("2026-11-01T10:00");

    JsonPath timeliness =
        given()
            .queryParam("year", 2026)
            .queryParam("region", "UA-68")
            .get("/api/v1/timeliness")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // Due by 1 November: Q1 (25 April), Q2 (25 July), Q3 (25 October); Q4 and the year are not.
    // Received: Q1 on time, Q2 three days late; Q3 never started.
    assertEquals(3, timeliness.getInt("items[0].due"));
    assertEquals(2, timeliness.getInt("items[0].received"));
    assertEquals(1, timeliness.getInt("items[0].onTime"));
    assertEquals(1, timeliness.getInt("items[0].late"));
    assertEquals(1, timeliness.getInt("items[0].notSubmitted"));
    assertEquals("66.7", timeliness.getString("items[0].completenessPercent"), "2 / 3");
    assertEquals("33.3", timeliness.getString("items[0].onTimeSharePercent"), "1 / 3");
    assertEquals(
        "[100.0, 100.0, 0.0]",
        timeliness.getList("items[0].periods.completenessPercent").toString());
    assertEquals(
        "[100.0, 0.0, 0.0]", timeliness.getList("items[0].periods.onTimeSharePercent").toString());

    given()
        .queryParam("year", 2026)
        .queryParam("region", "UA-68")
        .queryParam("status", "NOT_SUBMITTED")
        .get("/api/v1/expected-reports")
        .then()
        .statusCode(200)
        .body("items.period", equalTo(java.util.List.of("2026-Q3", "2026-Q4", "2026")));
    given()
        .queryParam("year", 2026)
        .queryParam("status", "LOST")
        .get("/api/v1/expected-reports")
        .then()
        .statusCode(400)
        .body("errors[0].field", containsString("status"));
    given().get("/api/v1/expected-reports").then().statusCode(400);
  }

  private JsonPath expected(String region, String token) {
    RequestSpecification request = given();
    if (token != null) {
      request = request.auth().oauth2(token);
    }
    return request
        .queryParam("year", 2026)
        .queryParam("region", region)
        .get("/api/v1/expected-reports")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static Map<String, Object> item(JsonPath list, UUID programme, String period) {
    Map<String, Object> item =
        list.getMap(
            "items.find { it.programmeId == '"
                + programme
                + "' && it.period == '"
                + period
                + "' }");
    assertNotNull(item, period + " of " + programme + " is not expected: " + list.prettify());
    return item;
  }

  /** Asserts how many of the programme's reports were marked overdue. */
  private void opened(UUID programme, int expected) {
    int marks =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    ((Number)
                            entityManager
                                .createNativeQuery(
                                    "select count(*) from report_transition t join report r on r.id = t.report_id"
                                        + " where r.programme_id = ?1 and t.transition = 'OVERDUE'")
                                .setParameter(1, programme)
                                .getSingleResult())
                        .intValue());
    assertEquals(expected, marks, "overdue marks of " + programme);
  }

  private static void submit(String region, String report) {
    String etag =
        given()
            .auth()
            .oauth2(Tokens.cdto(region))
            .get("/api/v1/reports/" + report)
            .then()
            .extract()
            .header("ETag");
    given()
        .auth()
        .oauth2(Tokens.cdto(region))
        .header("If-Match", etag)
        .post("/api/v1/reports/" + report + "/submission")
        .then()
        .statusCode(200);
  }

  /** A 2026 programme of {@code region} adopted from 1 January 2026, known to the replica. */
  private UUID adopted(String region, String currency) {
    return programmes.adoptedFor2026(region, currency);
  }
}
