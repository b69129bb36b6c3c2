package io.dtmonitor.reporting.report;

import static io.dtmonitor.reporting.report.ReportCalls.lines;
import static io.dtmonitor.reporting.report.ReportCalls.money;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.dtmonitor.platform.testing.TestClock;
import io.dtmonitor.platform.testing.Tokens;
import io.dtmonitor.reporting.integration.ProgrammeEventsFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A quarter's own amounts are its year-to-date figures minus the previous quarter's. Read by
 * anyone, an accepted quarter derives them only against an accepted previous one: against a
 * previous quarter still under review the difference would reveal its unreviewed figures.
 */
@QuarkusTest
class DerivedAmountsTest {

  private static final String LINE = "lines.find { it.measureCode == '1.1' }";

  /** A region no other test reports for, so its timeliness stays theirs. */
  private static final String REGION = "UA-18";

  @Inject ProgrammeEventsFixture programmes;
  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void anAcceptedQuarterIsNotDerivedForThePublicAgainstAQuarterUnderReview() {
    UUID programme = UUID.randomUUID();
    programmes.adopt(
        programmes.poltavaVersion(programme, 1).put("regionCode", REGION),
        programmes.poltavaVersion(programme, 2).put("regionCode", REGION));
    clock.setKyiv("2022-04-10T10:00");
    String q1 = create(programme, "2022-Q1");
    fill(q1, lines(money("1.1", "100", "90"), Map.of())).then().statusCode(200);
    submit(q1).then().statusCode(200);
    clock.setKyiv("2022-07-10T10:00");
    String q2 = create(programme, "2022-Q2");
    fill(q2, lines(money("1.1", "250", "240"), Map.of())).then().statusCode(200);
    submit(q2).then().statusCode(200);
    accept(q2).then().statusCode(200);

    // Q1 is only submitted: the region sees Q2's own amounts against it ...
    cdto()
        .get("/api/v1/reports/" + q2)
        .then()
        .statusCode(200)
        .body(LINE + ".spentInQuarter", equalTo("150.0"))
        .body(LINE + ".derivedAgainst", equalTo("2022-Q1"));
    // ... the public does not: 240 - 150 would be Q1's unreviewed 90.
    given()
        .get("/api/v1/reports/" + q2)
        .then()
        .statusCode(200)
        .body(LINE + ".spentYtd", equalTo("240.0"))
        .body(LINE + ".spentInQuarter", nullValue())
        .body(LINE + ".derivedAgainst", nullValue());

    accept(q1).then().statusCode(200);
    given()
        .get("/api/v1/reports/" + q2)
        .then()
        .statusCode(200)
        .body(LINE + ".spentInQuarter", equalTo("150.0"));
  }

  private static RequestSpecification cdto() {
    return given().auth().oauth2(Tokens.cdto(REGION)).contentType(ContentType.JSON);
  }

  private static String create(UUID programme, String period) {
    return ReportCalls.create(REGION, programme, period);
  }

  private static String etag(String report) {
    return cdto().get("/api/v1/reports/" + report).then().extract().header("ETag");
  }

  private static Response fill(String report, String body) {
    return cdto()
        .header("If-Match", etag(report))
        .body(body)
        .put("/api/v1/reports/" + report + "/lines");
  }

  private static Response submit(String report) {
    return cdto()
        .header("If-Match", etag(report))
        .post("/api/v1/reports/" + report + "/submission");
  }

  private static Response accept(String report) {
    return given()
        .auth()
        .oauth2(Tokens.reviewer(REGION))
        .contentType(ContentType.JSON)
        .header("If-Match", etag(report))
        .body("{\"decision\": \"ACCEPT\"}")
        .post("/api/v1/reports/" + report + "/review");
  }
}
