package io.dtmonitor.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dtmonitor.platform.testing.Pages;
import io.dtmonitor.platform.testing.Tokens;
import io.dtmonitor.reporting.integration.ProgrammeEventsFixture;
import io.dtmonitor.reporting.report.ReportCalls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The lists that grow with use are cursor-paged: following {@code nextPageToken} walks every item
 * once, in the list's order, whatever the page size and the filter.
 */
@QuarkusTest
class PagedListsTest {

  private static final String REGION = "UA-09";
  private static final String HISTORY_REGION = "UA-05";

  @Inject ProgrammeEventsFixture programmes;

  @Test
  void expectedReportsArePagedByRegionProgrammeAndPeriod() {
    String first = programmes.adoptedFor2026(REGION, "UAH").toString();
    String second = programmes.adoptedFor2026(REGION, "UAH").toString();
    List<Map<String, Object>> all = expected(null, 100);
    for (String programme : List.of(first, second)) {
      assertEquals(
          List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2026"),
          all.stream()
              .filter(item -> programme.equals(item.get("programmeId")))
              .map(item -> item.get("period"))
              .toList(),
          "four quarters and the year of each programme, in order");
    }

    assertEquals(all, expected(null, 3), "pages of three walk the same items in the same order");
    assertEquals(all, expected("NOT_STARTED", 1), "and so do pages of one under a filter");

    given()
        .queryParam("year", 2026)
        .queryParam("pageToken", "bm90LWEtdG9rZW4")
        .get("/api/v1/expected-reports")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("pageToken"));
  }

  @Test
  void aReportsHistoryIsPagedOldestFirst() {
    UUID programme = programmes.adoptedFor2026(HISTORY_REGION, "UAH");
    String report = ReportCalls.create(HISTORY_REGION, programme, "2026-Q1");
    String cdto = Tokens.cdto(HISTORY_REGION);
    String reviewer = Tokens.reviewer(HISTORY_REGION);
    act(cdto, report, "submission", "{}");
    act(reviewer, report, "review", "{\"decision\": \"ACCEPT\"}");
    act(reviewer, report, "reopening", "{\"reason\": \"Уточнено суми\"}");
    act(cdto, report, "submission", "{}");
    act(reviewer, report, "review", "{\"decision\": \"ACCEPT\"}");

    List<Map<String, Object>> onePage = history(report, 100);
    List<Object> statuses = onePage.stream().map(entry -> entry.get("toStatus")).toList();
    assertEquals(
        List.of("SUBMITTED", "ACCEPTED", "DRAFT", "SUBMITTED", "ACCEPTED"),
        statuses.subList(statuses.size() - 5, statuses.size()));
    assertEquals(onePage, history(report, 2), "pages of two walk the same entries in order");
  }

  private static void act(String token, String report, String step, String body) {
    String etag =
        given()
            .auth()
            .oauth2(token)
            .get("/api/v1/reports/" + report)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(body)
        .post("/api/v1/reports/" + report + "/" + step)
        .then()
        .statusCode(200);
  }

  private static List<Map<String, Object>> expected(String status, int pageSize) {
    return Pages.all(
        pageSize,
        "items",
        token ->
            given()
                .auth()
                .oauth2(Tokens.cdto(REGION))
                .queryParam("year", 2026)
                .queryParam("region", REGION)
                .queryParam("status", status)
                .queryParam("pageSize", pageSize)
                .queryParam("pageToken", token)
                .get("/api/v1/expected-reports"));
  }

  private static List<Map<String, Object>> history(String report, int pageSize) {
    return Pages.all(
        pageSize,
        "items",
        token ->
            given()
                .auth()
                .oauth2(Tokens.cdto(HISTORY_REGION))
                .queryParam("pageSize", pageSize)
                .queryParam("pageToken", token)
                .get("/api/v1/reports/" + report + "/history"));
  }
}
