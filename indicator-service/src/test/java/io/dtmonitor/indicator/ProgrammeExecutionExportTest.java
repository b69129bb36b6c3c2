package io.dtmonitor.indicator;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ministry's programme execution export: a row per accepted report with the year's fixed plan
 * (or within funding, never 0), funded and spent year-to-date and execution %, incremental by
 * change token, in JSON and CSV, one jurisdiction at a time. The projection is written as the
 * programme and report events write it.
 */
@QuarkusTest
class ProgrammeExecutionExportTest {

  private static final UUID POLTAVA = UUID.fromString("00000000-0000-4000-8000-000000000531");
  private static final UUID KHARKIV = UUID.fromString("00000000-0000-4000-8000-000000000631");
  private static boolean written;

  @Inject DataSource database;

  @BeforeEach
  void writeTheProjectionOnce() throws SQLException {
    if (written) {
      return;
    }
    written = true;
    programme(POLTAVA, "UA-53", "Цифрова Полтавщина (експорт)", "21185.7", false);
    programme(KHARKIV, "UA-63", "Харківщина (експорт)", "0", true);
    report(
        POLTAVA, "UA-53", "2015-Q3", "QUARTER", "21185.7", "9280.0", true, "2016-10-30T10:00:00Z");
    report(POLTAVA, "UA-53", "2015", "YEAR", "21185.7", "12440.0", true, "2016-11-30T10:00:00Z");
    report(KHARKIV, "UA-63", "2015", "YEAR", "0", "120.5", true, "2016-12-01T10:00:00Z");
    report(
        POLTAVA,
        "UA-53",
        "2015-Q4",
        "QUARTER",
        "21185.7",
        "12440.0",
        false,
        "2016-12-02T10:00:00Z");
  }

  @Test
  void acceptedReportsArePlanAndExecutionRowsInRevisionOrder() {
    assertEquals(
        List.of("2015-Q3 UA-53 21185.7 false 9280.0 43.8", "2015 UA-53 21185.7 false 12440.0 58.7"),
        rows(json("programmeId=" + POLTAVA)),
        "9280.0 / 21185.7 and 12440.0 / 21185.7; the unaccepted Q4 report is not a row");
    assertEquals(
        List.of("2015 UA-63 0.0 true 120.5 null"),
        rows(json("programmeId=" + KHARKIV)),
        "a plan within funding is no fixed amount: no execution %");
    assertEquals(List.of(1), json("programmeId=" + KHARKIV).getList("items.versionNumber"));
    assertEquals(
        List.of("2015 UA-53 21185.7 false 12440.0 58.7"),
        rows(json("programmeId=" + POLTAVA + "&updatedSince=2016-10-30T10:00:00Z")),
        "only what was revised after the last pull");

    List<String> csv =
        given()
            .queryParam("programmeId", POLTAVA.toString())
            .get("/api/v1/exports/programme-execution.csv")
            .then()
            .statusCode(200)
            .extract()
            .asString()
            .lines()
            .toList();
    assertEquals(
        "period,regionCode,jurisdiction,currency,programmeId,programmeTitle,versionNumber,"
            + "plannedFixed,plannedWithinFunding,fundedYtd,spentYtd,executionPercent,revisedAt",
        csv.get(0));
    assertEquals(3, csv.size(), String.join("\n", csv));
    assertEquals(
        "2015,UA-53,UA,UAH," + POLTAVA + ",Цифрова Полтавщина (експорт),1,21185.7,false,",
        csv.get(2).substring(0, csv.get(2).indexOf(",false,") + 7),
        "RFC 4180: nothing is quoted that holds no comma, quote or line break");
  }

  @Test
  void aPullFollowsItsPagesAndRefusesATokenItDidNotIssue() {
    JsonPath first = json("programmeId=" + POLTAVA + "&pageSize=1");
    assertEquals(List.of("2015-Q3"), first.getList("items.period"));
    JsonPath second =
        json(
            "programmeId=" + POLTAVA + "&pageSize=1&pageToken=" + first.getString("nextPageToken"));
    assertEquals(List.of("2015"), second.getList("items.period"));
    assertEquals(null, second.getString("nextPageToken"));
    given()
        .queryParam("pageToken", "not-a-token")
        .get("/api/v1/exports/programme-execution")
        .then()
        .statusCode(400);
    given()
        .queryParam("jurisdiction", "RU")
        .queryParam("programmeId", POLTAVA.toString())
        .get("/api/v1/exports/programme-execution")
        .then()
        .statusCode(200)
        .body("items.size()", org.hamcrest.Matchers.equalTo(0));
  }

  @Test
  void aReportAcceptedLateComesWithThePullAfterTheTokenThoughItsEventIsOlder() throws SQLException {
    UUID programme = UUID.fromString("00000000-0000-4000-8000-000000000632");
    programme(programme, "UA-63", "Харківщина (пізній звіт)", "100", false);
    report(programme, "UA-63", "2015", "YEAR", "100", "50.0", true, "2016-12-01T10:00:00Z");
    JsonPath first = json("programmeId=" + programme);
    assertEquals(List.of("2015"), first.getList("items.period"));

    report(programme, "UA-63", "2015-Q4", "QUARTER", "100", "40.0", true, "2016-06-01T10:00:00Z");
    assertEquals(
        List.of(),
        json("programmeId=" + programme + "&updatedSince=2016-12-01T10:00:00Z")
            .getList("items.period"),
        "updatedSince misses a report whose event is older than the last row pulled");
    JsonPath next =
        json("programmeId=" + programme + "&changedSince=" + first.getString("changeToken"));
    assertEquals(List.of("2015-Q4"), next.getList("items.period"), "the change token does not");
    assertEquals(
        List.of(),
        json("programmeId=" + programme + "&changedSince=" + next.getString("changeToken"))
            .getList("items.period"));
  }

  private static JsonPath json(String query) {
    return given()
        .get("/api/v1/exports/programme-execution?" + query)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static List<String> rows(JsonPath page) {
    return page.getList(
        "items.collect { it.period + ' ' + it.regionCode + ' ' + it.plannedFixed + ' '"
            + " + it.plannedWithinFunding + ' ' + it.spentYtd + ' ' + it.executionPercent }");
  }

  private void programme(UUID id, String region, String title, String planned, boolean within)
      throws SQLException {
    Sql.execute(
        database,
        """
        insert into indicator.programme_fact (programme_id, version_number, region_code, currency, title_uk,
                                              first_year, last_year, effective_from)
        values ('%s', 1, '%s', 'UAH', '%s', 2014, 2016, '2014-01-01');
        insert into indicator.programme_year_plan (programme_id, version_number, year, planned_fixed, within_funding)
        values ('%s', 1, 2015, %s, %s);
        """
            .formatted(id, region, title, id, planned, within));
  }

  private void report(
      UUID programme,
      String region,
      String period,
      String type,
      String planned,
      String spent,
      boolean accepted,
      String at)
      throws SQLException {
    Sql.execute(
        database,
        """
        insert into indicator.report_fact (report_id, programme_id, region_code, currency, period, period_type, year,
                                           status, due_date, days_late, overdue, planned_fixed, funded_ytd,
                                           spent_ytd, accepted, event_time)
        values (gen_random_uuid(), '%s', '%s', 'UAH', '%s', '%s', 2015, '%s', '2016-01-25', 0, false, %s, %s, %s,
                %s, '%s')
        """
            .formatted(
                programme,
                region,
                period,
                type,
                accepted ? "ACCEPTED" : "SUBMITTED",
                planned,
                spent,
                spent,
                accepted,
                at));
  }
}
