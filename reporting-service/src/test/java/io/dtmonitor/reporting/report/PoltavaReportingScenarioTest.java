package io.dtmonitor.reporting.report;

import static io.dtmonitor.reporting.report.ReportCalls.accept;
import static io.dtmonitor.reporting.report.ReportCalls.cdto;
import static io.dtmonitor.reporting.report.ReportCalls.create;
import static io.dtmonitor.reporting.report.ReportCalls.fill;
import static io.dtmonitor.reporting.report.ReportCalls.lines;
import static io.dtmonitor.reporting.report.ReportCalls.money;
import static io.dtmonitor.reporting.report.ReportCalls.review;
import static io.dtmonitor.reporting.report.ReportCalls.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtmonitor.platform.testing.EventProbe;
import io.dtmonitor.platform.testing.EventSchemas;
import io.dtmonitor.platform.testing.TestClock;
import io.dtmonitor.platform.testing.Tokens;
import io.dtmonitor.reporting.events.ReportEvents;
import io.dtmonitor.reporting.integration.ProgrammeEventsFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An illustrative reporting year 2022 for the real Poltava programme (version 2 in force): four
 * quarters and the annual report, one submitted late, one returned and resubmitted, one correction
 * note for a falling year-to-date figure.
 */
@QuarkusTest
class PoltavaReportingScenarioTest {

  @Inject ProgrammeEventsFixture programmes;
  @Inject TestClock clock;
  @Inject OverdueCheck overdueCheck;
  @Inject EntityManager entityManager;
  @Inject DataSource dataSource;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void reportingYear2022() {
    UUID programme = adoptedPoltavaProgramme();
    try (EventProbe events = new EventProbe(ReportEvents.TOPIC)) {
      clock.setKyiv("2022-04-01T09:00");
      String q1 = create(programme, "2022-Q1");
      cdto()
          .get("/api/v1/reports/" + q1)
          .then()
          .body("programmeVersion", equalTo(2))
          .body("dueDate", equalTo("2022-04-25"))
          .body("lines.size()", equalTo(30))
          .body("lines.find { it.measureCode == '3.7' }.plannedFixed", equalTo("7830.3"))
          .body("lines.find { it.measureCode == '2.1' }.plannedWithinFunding", equalTo(true));
      fill(
              q1,
              lines(
                  money("1.1", "100", "90", "3.7", "2000", "1800", "4.2", "1000", "900"), Map.of()))
          .then()
          .statusCode(200);
      clock.setKyiv("2022-04-20T10:00");
      submit(q1)
          .then()
          .statusCode(200)
          .body("status", equalTo("SUBMITTED"))
          .body("daysLate", equalTo(0));
      accept(q1).then().statusCode(200).body("status", equalTo("ACCEPTED"));

      clock.setKyiv("2022-07-01T09:00");
      String q2 = create(programme, "2022-Q2");
      fill(
              q2,
              lines(
                  money("1.1", "250", "240", "3.7", "4000", "3900", "4.2", "2500", "2400"),
                  Map.of()))
          .then()
          .statusCode(200);
      clock.setKyiv("2022-07-28T10:00");
      submit(q2).then().statusCode(200).body("daysLate", equalTo(3));
      review(q2, "{\"decision\": \"RETURN\"}")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("reason"));
      review(
              q2,
              """
              {"decision": "RETURN", "reason": "Не підтверджено витрати за заходом 3.7",
               "lineComments": [{"measureCode": "3.7", "comment": "Додайте акт виконаних робіт"}]}
              """)
          .then()
          .statusCode(200)
          .body("status", equalTo("RETURNED"))
          .body("returnReason", equalTo("Не підтверджено витрати за заходом 3.7"))
          .body(
              "lines.find { it.measureCode == '3.7' }.reviewComment",
              equalTo("Додайте акт виконаних робіт"));
      given().get("/api/v1/reports/" + q2).then().statusCode(404);
      clock.setKyiv("2022-07-30T10:00");
      fill(
              q2,
              lines(
                  money("1.1", "250", "240", "3.7", "4000", "3850", "4.2", "2500", "2400"),
                  Map.of()))
          .then()
          .statusCode(200)
          .body("status", equalTo("DRAFT"));
      submit(q2)
          .then()
          .statusCode(200)
          .body("daysLate", equalTo(3))
          .body("submissions", equalTo(2))
          .body("returnReason", equalTo("Не підтверджено витрати за заходом 3.7"));
      accept(q2).then().statusCode(200).body("returnReason", nullValue());
      cdto()
          .get("/api/v1/reports/" + q2)
          .then()
          .body("lines.find { it.measureCode == '3.7' }.fundedInQuarter", equalTo("2000.0"))
          .body("lines.find { it.measureCode == '3.7' }.spentInQuarter", equalTo("2050.0"))
          .body("lines.find { it.measureCode == '3.7' }.derivedAgainst", equalTo("2022-Q1"));
      cdto()
          .queryParam("from", 1)
          .queryParam("to", 2)
          .get("/api/v1/reports/" + q2 + "/submissions/diff")
          .then()
          .statusCode(200)
          .body("changes.size()", equalTo(1))
          .body("changes[0].measureCode", equalTo("3.7"))
          .body("changes[0].field", equalTo("spentYtd"))
          .body("changes[0].before", equalTo("3900.0"))
          .body("changes[0].after", equalTo("3850.0"));

      clock.setKyiv("2022-10-01T09:00");
      String q3 = create(programme, "2022-Q3");
      fill(
              q3,
              lines(
                  money("1.1", "400", "380", "3.7", "5500", "5400", "4.2", "2300", "2300"),
                  Map.of()))
          .then()
          .statusCode(200);
      clock.setKyiv("2022-10-24T10:00");
      submit(q3)
          .then()
          .statusCode(422)
          .contentType("application/problem+json")
          .body("errors.message", hasItem(containsString("4.2")));
      fill(
              q3,
              lines(
                  money("1.1", "400", "380", "3.7", "5500", "5400", "4.2", "2300", "2300"),
                  Map.of("4.2", "Повернено невикористані кошти в обласний бюджет")))
          .then()
          .statusCode(200);
      submit(q3).then().statusCode(200).body("daysLate", equalTo(0));
      accept(q3).then().statusCode(200);
      cdto()
          .get("/api/v1/reports/" + q3)
          .then()
          .body("lines.find { it.measureCode == '4.2' }.fundedInQuarter", equalTo("-200.0"));

      clock.setKyiv("2023-01-05T09:00");
      String q4 = create(programme, "2022-Q4");
      String yearReport = create(programme, "2022");
      fill(
              q4,
              lines(
                  money("1.1", "550", "540", "3.7", "7830.3", "7800", "4.2", "4200", "4100"),
                  Map.of()))
          .then()
          .statusCode(200);
      clock.setKyiv("2023-01-20T10:00");
      submit(q4)
          .then()
          .statusCode(200)
          .body("findings.find { it.measureCode == '4.2' }.code", equalTo("ABOVE_PLAN"))
          .body("findings.size()", equalTo(1));
      accept(q4).then().statusCode(200);
      fill(
              yearReport,
              lines(
                  money("1.1", "550", "540", "3.7", "7830.3", "7700", "4.2", "4200", "4100"),
                  Map.of()))
          .then()
          .statusCode(200);
      clock.setKyiv("2023-01-24T10:00");
      submit(yearReport).then().statusCode(422).body("errors[0].message", containsString("3.7"));
      fill(
              yearReport,
              lines(
                  money("1.1", "550", "540", "3.7", "7830.3", "7800", "4.2", "4200", "4100"),
                  Map.of()))
          .then()
          .statusCode(200);
      submit(yearReport)
          .then()
          .statusCode(200)
          .body("daysLate", equalTo(0))
          .body("dueDate", equalTo("2023-01-25"));
      accept(yearReport).then().statusCode(200);

      given()
          .get("/api/v1/reports/" + q2 + "/history")
          .then()
          .statusCode(200)
          .body(
              "items.transition",
              equalTo(
                  List.of("CREATED", "SUBMITTED", "RETURNED", "REVISED", "SUBMITTED", "ACCEPTED")))
          .body("items[2].reason", equalTo("Не підтверджено витрати за заходом 3.7"))
          .body("items[2].actor", equalTo(Tokens.subjectOf("reviewer-ua-53")))
          .body("items[1].daysLate", equalTo(3));

      clock.setKyiv("2023-02-01T09:00");
      given()
          .queryParam("year", 2022)
          .queryParam("region", "UA-53")
          .get("/api/v1/timeliness")
          .then()
          .statusCode(200)
          .body("items[0].due", equalTo(5))
          .body("items[0].onTime", equalTo(4))
          .body("items[0].late", equalTo(1))
          .body("items[0].onTimeSharePercent", equalTo("80.0"));

      String q2Id = q2;
      var submitted =
          events.collect(
              e -> q2Id.equals(e.key()) && ReportEvents.SUBMITTED.equals(e.type()),
              Duration.ofSeconds(3));
      assertEquals(2, submitted.size());
      for (String[] type :
          new String[][] {
            {ReportEvents.SUBMITTED, "report-submitted.v1"},
            {ReportEvents.RETURNED, "report-returned.v1"},
            {ReportEvents.ACCEPTED, "report-accepted.v1"}
          }) {
        var event =
            events.await(
                e -> q2Id.equals(e.key()) && type[0].equals(e.type()), Duration.ofSeconds(20));
        var errors = EventSchemas.validate(type[1], event.data());
        assertTrue(errors.isEmpty(), type[1] + ": " + errors);
        assertEquals("UA-53", event.header("ce_region"));
      }
    }
  }

  @Test
  void overdueReportsAreMarkedOnceAfterTheirDueDayWithoutMovingTheirETag() {
    UUID programme = adoptedPoltavaProgramme();
    clock.setKyiv("2023-04-01T09:00");
    String report = create(programme, "2023-Q1");
    String before = ReportCalls.etag(report);
    try (EventProbe events = new EventProbe(ReportEvents.TOPIC)) {
      clock.setKyiv("2023-04-25T23:30");
      overdueCheck.run(clock.instant());
      assertEquals(0, overdueMarks(report));
      clock.setKyiv("2023-04-26T00:30");
      overdueCheck.run(clock.instant());
      overdueCheck.run(clock.instant());
      assertEquals(1, overdueMarks(report));
      cdto()
          .get("/api/v1/reports/" + report)
          .then()
          .body("overdue", equalTo(true))
          .header("ETag", equalTo(before));
      String measure =
          cdto().get("/api/v1/reports/" + report).then().extract().path("lines[0].measureCode");
      String body =
          """
          {"lines": [{"measureCode": "%s", "fundedYtd": "10", "spentYtd": "5", "measureStatus": null,
                      "narrative": null, "evidenceLinks": [], "correctionNote": null}]}
          """
              .formatted(measure);
      String edited =
          cdto()
              .header("If-Match", before)
              .body(body)
              .put("/api/v1/reports/" + report + "/lines")
              .then()
              .statusCode(200)
              .extract()
              .header("ETag");
      cdto()
          .header("If-Match", edited)
          .body(body)
          .put("/api/v1/reports/" + report + "/lines")
          .then()
          .statusCode(200)
          .header("ETag", equalTo(edited));
      var overdue =
          events.await(
              e -> report.equals(e.key()) && ReportEvents.OVERDUE.equals(e.type()),
              Duration.ofSeconds(20));
      assertTrue(EventSchemas.validate("report-overdue.v1", overdue.data()).isEmpty());
      assertEquals(
          1,
          events
              .collect(
                  e -> report.equals(e.key()) && ReportEvents.OVERDUE.equals(e.type()),
                  Duration.ofSeconds(2))
              .size());
    }
  }

  @Test
  void regionsAndRolesAreEnforced() {
    UUID programme = adoptedPoltavaProgramme();
    given()
        .auth()
        .oauth2(Tokens.cdto("UA-63"))
        .contentType("application/json")
        .body("{\"period\": \"2021-Q1\"}")
        .post("/api/v1/programmes/" + programme + "/reports")
        .then()
        .statusCode(403);
    clock.setKyiv("2021-04-02T09:00");
    String report = create(programme, "2021-Q1");
    cdto()
        .body("{\"period\": \"2021-Q1\"}")
        .post("/api/v1/programmes/" + programme + "/reports")
        .then()
        .statusCode(409)
        .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/reports/" + report))
        .body("detail", containsString(report));
    // A region claim without a CDTO or reviewer role does not open the region's drafts.
    given()
        .auth()
        .oauth2(Tokens.builder("claims-a-region").region("UA-53").sign())
        .queryParam("programmeId", programme.toString())
        .get("/api/v1/reports")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(report)));
    given()
        .auth()
        .oauth2(Tokens.cdto("UA-53"))
        .queryParam("programmeId", programme.toString())
        .get("/api/v1/reports")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(report));
    String key = UUID.randomUUID().toString();
    String once =
        cdto()
            .header("Idempotency-Key", key)
            .body("{\"period\": \"2021-Q2\"}")
            .post("/api/v1/programmes/" + programme + "/reports")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    cdto()
        .header("Idempotency-Key", key)
        .body("{\"period\": \"2021-Q2\"}")
        .post("/api/v1/programmes/" + programme + "/reports")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(once));
    cdto()
        .body("{\"period\": \"2024-Q1\"}")
        .post("/api/v1/programmes/" + programme + "/reports")
        .then()
        .statusCode(400);
    cdto()
        .body("{\"period\": \"2021-Q5\"}")
        .post("/api/v1/programmes/" + programme + "/reports")
        .then()
        .statusCode(400);
    cdto()
        .body("{\"period\": \"2021-Q2\"}")
        .post("/api/v1/programmes/" + UUID.randomUUID() + "/reports")
        .then()
        .statusCode(404);

    given().get("/api/v1/reports/" + report).then().statusCode(404);
    given()
        .auth()
        .oauth2(Tokens.cdto("UA-63"))
        .get("/api/v1/reports/" + report)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(Tokens.ministry())
        .get("/api/v1/reports/" + report)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.cdto("UA-63"))
        .contentType("application/json")
        .header("If-Match", "*")
        .body(lines(Map.of(), Map.of()))
        .put("/api/v1/reports/" + report + "/lines")
        .then()
        .statusCode(403);
    submit(report).then().statusCode(200).body("daysLate", equalTo(0));
    acceptAs(Tokens.reviewer("UA-63"), report, "*").statusCode(403);
    cdto()
        .header("If-Match", "*")
        .body("{\"decision\": \"ACCEPT\"}")
        .post("/api/v1/reports/" + report + "/review")
        .then()
        .statusCode(403);
    // A reviewer token that names no region reviews none (fails closed) and sees no drafts.
    String unscopedReviewer = Tokens.builder("reviewer-without-region").roles("reviewer").sign();
    acceptAs(unscopedReviewer, report, "*").statusCode(403);
    given().auth().oauth2(unscopedReviewer).get("/api/v1/reports/" + once).then().statusCode(404);
    given()
        .auth()
        .oauth2(unscopedReviewer)
        .queryParam("programmeId", programme.toString())
        .get("/api/v1/reports")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(once)));
    cdto().get("/api/v1/reports/" + report).then().body("status", equalTo("SUBMITTED"));
    // The ministry's own reviewers name no region and review every region's reports.
    acceptAs(
            Tokens.builder("ministry-reviewer").roles("reviewer", "ministry").sign(),
            report,
            ReportCalls.etag(report))
        .statusCode(200);
    given()
        .get("/api/v1/reports/" + report)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"));
    ReportCalls.reviewer()
        .header("If-Match", ReportCalls.etag(report))
        .body("{\"reason\": \"Помилка в сумі\"}")
        .post("/api/v1/reports/" + report + "/reopening")
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"));
  }

  private static ValidatableResponse acceptAs(String token, String report, String ifMatch) {
    return given()
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .header("If-Match", ifMatch)
        .body("{\"decision\": \"ACCEPT\"}")
        .post("/api/v1/reports/" + report + "/review")
        .then();
  }

  private UUID adoptedPoltavaProgramme() {
    return programmes.adoptedPoltava();
  }

  /**
   * The check judges a report as it stands once it holds the report's row: a report submitted while
   * the check waited for it (here its row is changed by another transaction that commits while the
   * check waits) is not marked, and the other overdue report is marked in the same run.
   */
  @Test
  void aReportSubmittedWhileTheCheckWaitsForItIsNotMarked() throws Exception {
    UUID programme = adoptedPoltavaProgramme();
    clock.setKyiv("2023-07-01T09:00");
    String first = create(programme, "2023-Q1");
    String second = create(programme, "2023-Q2");
    clock.setKyiv("2023-08-01T09:00");
    ExecutorService checker = Executors.newSingleThreadExecutor();
    try (Connection region = dataSource.getConnection()) {
      region.setAutoCommit(false);
      try (PreparedStatement submission =
          region.prepareStatement(
              "update report set status = 'SUBMITTED', submissions = 1, version = version + 1"
                  + " where id = ?")) {
        submission.setObject(1, UUID.fromString(first));
        assertEquals(1, submission.executeUpdate());
      }
      Instant now = clock.instant();
      Future<Integer> marked = checker.submit(() -> overdueCheck.run(now));
      awaitBlockedBackend();
      region.commit();
      assertEquals(1, marked.get(30, TimeUnit.SECONDS));
    } finally {
      checker.shutdownNow();
    }
    assertEquals(0, overdueMarks(first));
    assertEquals(1, overdueMarks(second));
    assertEquals(0, overdueCheck.run(clock.instant()));
    assertEquals(0, overdueMarks(first));
  }

  /**
   * An edit that read the report before the check marked it must not write the mark away when it
   * commits (the mark does not move the version, so the version check cannot catch it), or the next
   * run would mark the report, and publish ReportOverdue, a second time.
   */
  @Test
  void anEditThatReadTheReportBeforeTheMarkKeepsTheMark() throws Exception {
    UUID programme = adoptedPoltavaProgramme();
    clock.setKyiv("2023-04-01T09:00");
    UUID report = UUID.fromString(create(programme, "2023-Q1"));
    clock.setKyiv("2023-05-01T09:00");
    Instant now = clock.instant();
    ExecutorService checker = Executors.newSingleThreadExecutor();
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                Report edited = entityManager.find(Report.class, report);
                assertEquals(null, edited.overdueAt);
                assertEquals(1, complete(checker.submit(() -> overdueCheck.run(now))));
                edited.updatedAt = now;
              });
    } finally {
      checker.shutdownNow();
    }
    assertEquals(1, overdueMarks(report.toString()));
    assertEquals(0, overdueCheck.run(clock.instant()), "the mark survived the edit");
    assertEquals(1, overdueMarks(report.toString()));
  }

  private static <T> T complete(Future<T> future) {
    try {
      return future.get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** Waits until some backend waits for a row lock: the check, at the report the test holds. */
  private void awaitBlockedBackend() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    try (Connection observer = dataSource.getConnection();
        PreparedStatement waiting =
            observer.prepareStatement(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock'")) {
      while (System.nanoTime() < deadline) {
        try (ResultSet result = waiting.executeQuery()) {
          result.next();
          if (result.getInt(1) > 0) {
            return;
          }
        }
        Thread.sleep(20);
      }
    }
    throw new AssertionError("the overdue check never waited for the report the test holds");
  }

  private int overdueMarks(String report) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        entityManager
                            .createNativeQuery(
                                "select count(*) from report_transition where report_id = ?1 and transition = 'OVERDUE'")
                            .setParameter(1, UUID.fromString(report))
                            .getSingleResult())
                    .intValue());
  }
}
