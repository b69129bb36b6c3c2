package io.dtmonitor.indicator;

import static io.dtmonitor.indicator.IndicatorsTest.record;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dtmonitor.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The composite index DTM-1 of six regions with partial data, every value and rank checked against
 * numbers computed by hand below. Components (weight 0.25 each) and their goalposts: internet
 * coverage IC 0-100, digital workplaces per community DW 0-3, budget execution BE 0-100, report
 * timeliness RT 0-100; a region is ranked when its values cover at least 75% of the weights. Budget
 * execution and timeliness come from the report projection, written here as the report events would
 * write it.
 */
@QuarkusTest
class CompositeIndexTest {

  private static final String YEAR = "2016";

  @Inject DataSource database;

  @Test
  void sixRegionsWithPartialDataAreIndexedAndRankedAsComputedByHand() throws SQLException {
    // UA-05: IC 80, DW 3, BE 900/1000 = 90.0, RT 1 of 1 on time = 100.0
    //   normalised .8, 1, .9, 1; mean (.8 + 1 + .9 + 1) / 4 = .925 -> 92.5, coverage 100
    recorded("UA-05", "80", "3");
    annualReport("UA-05", "1000", "900", 0);
    // UA-07: IC 60, DW 1.5, BE 500/1000 = 50.0, RT 1 of 2 on time = 50.0
    //   .6, .5, .5, .5 -> .525 -> 52.5
    recorded("UA-07", "60", "1.5");
    annualReport("UA-07", "1000", "500", 5);
    quarterReport("UA-07", 1, 0);
    // UA-12: IC 100, DW 4.5 (above the goalpost: 1), BE 1200/1000 = 120.0 (1), RT 3 of 4 = 75.0
    //   1, 1, 1, .75 -> .9375 -> 93.75, half up 93.8
    recorded("UA-12", "100", "4.5");
    annualReport("UA-12", "1000", "1200", 0);
    quarterReport("UA-12", 1, 0);
    quarterReport("UA-12", 2, 0);
    quarterReport("UA-12", 3, 2);
    // UA-14: IC 90, DW 2.4, RT 1 of 1 = 100.0, no budget execution: coverage 75%, ranked
    //   (.9 + .8 + 1) / 3 = .9 -> 90.0
    recorded("UA-14", "90", "2.4");
    quarterReport("UA-14", 1, 0);
    // UA-18: IC 100, DW 3: coverage 50%, not ranked (min-max over the regions with values, the
    // old method, gave it 100 and the first rank)
    recorded("UA-18", "100", "3");
    // UA-21: IC 30 only: coverage 25%, not ranked
    record(Tokens.cdto("UA-21"), "UA-21", "INTERNET_COVERAGE", YEAR, "30", "FINAL", null)
        .then()
        .statusCode(201);

    JsonPath view = view(YEAR);
    assertEquals(
        Map.of(
            "UA-12", "93.8 1 100.0",
            "UA-05", "92.5 2 100.0",
            "UA-14", "90.0 3 75.0",
            "UA-07", "52.5 4 100.0"),
        Map.of(
            "UA-12", score(view, "UA-12"),
            "UA-05", score(view, "UA-05"),
            "UA-14", score(view, "UA-14"),
            "UA-07", score(view, "UA-07")));
    assertEquals("not ranked 50.0", score(view, "UA-18"));
    assertEquals("not ranked 25.0", score(view, "UA-21"));
    assertEquals("not ranked 0.0", score(view, "UA-26"), "a region without values");
    assertEquals(
        List.of("BUDGET_EXECUTION", "REPORT_TIMELINESS"),
        view.getList(region("UA-18") + ".compositeIndex.missingComponents"));
    assertEquals(
        List.of("BUDGET_EXECUTION"),
        view.getList(region("UA-14") + ".compositeIndex.missingComponents"));
  }

  @Test
  void aLoneRegionIsScoredAgainstTheGoalpostsNotGivenAHundred() throws SQLException {
    // IC 40, DW 1.2, RT 1 of 2 on time = 50.0: (.4 + .4 + .5) / 3 = .4333 -> 43.3, coverage 75
    recorded("UA-23", "40", "1.2", "2012");
    report("UA-23", "2012-Q1", "QUARTER", 2012, "2012-04-25", 0, false, "0", "0");
    report("UA-23", "2012-Q2", "QUARTER", 2012, "2012-07-25", 3, false, "0", "0");
    assertEquals("43.3 1 75.0", score(view("2012"), "UA-23"));
  }

  @Test
  void theMethodologyIsPublishedWithItsGoalpostsAndCoverageRule() {
    JsonPath methodology =
        given()
            .get("/api/v1/cross-region/composite-index-methodology")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals("DTM-1", methodology.getString("methodology"));
    assertEquals("75.0", methodology.getString("minCoveragePercent"));
    assertEquals(
        List.of("0.0", "3.0", "HIGHER_IS_BETTER"),
        List.of(
            methodology.getString(
                "components.find { it.indicatorCode == 'DIGITAL_WORKPLACES_PER_COMMUNITY' }.lowerBound"),
            methodology.getString(
                "components.find { it.indicatorCode == 'DIGITAL_WORKPLACES_PER_COMMUNITY' }.upperBound"),
            methodology.getString(
                "components.find { it.indicatorCode == 'DIGITAL_WORKPLACES_PER_COMMUNITY' }.direction")));
  }

  private static void recorded(String region, String coverage, String workplaces) {
    recorded(region, coverage, workplaces, YEAR);
  }

  private static void recorded(String region, String coverage, String workplaces, String period) {
    record(Tokens.cdto(region), region, "INTERNET_COVERAGE", period, coverage, "FINAL", null)
        .then()
        .statusCode(201);
    record(
            Tokens.cdto(region),
            region,
            "DIGITAL_WORKPLACES_PER_COMMUNITY",
            period,
            workplaces,
            "FINAL",
            null)
        .then()
        .statusCode(201);
  }

  private void annualReport(String region, String planned, String spent, int daysLate)
      throws SQLException {
    report(region, YEAR, "YEAR", 2016, "2017-01-25", daysLate, true, planned, spent);
  }

  private void quarterReport(String region, int quarter, int daysLate) throws SQLException {
    String due = "2016-%02d-25".formatted(quarter * 3 + 1);
    report(region, YEAR + "-Q" + quarter, "QUARTER", 2016, due, daysLate, false, "0", "0");
  }

  private void report(
      String region,
      String period,
      String type,
      int year,
      String due,
      int daysLate,
      boolean accepted,
      String planned,
      String spent)
      throws SQLException {
    Sql.execute(
        database,
        """
        insert into indicator.report_fact (report_id, programme_id, region_code, currency, period, period_type,
                                           year, status, due_date, days_late, overdue, planned_fixed,
                                           funded_ytd, spent_ytd, accepted, event_time)
        values (gen_random_uuid(), gen_random_uuid(), '%s', 'UAH', '%s', '%s', %d, '%s', '%s', %d, false,
                %s, %s, %s, %s, now())
        """
            .formatted(
                region,
                period,
                type,
                year,
                accepted ? "ACCEPTED" : "SUBMITTED",
                due,
                daysLate,
                planned,
                spent,
                spent,
                accepted));
  }

  private static JsonPath view(String period) {
    return given()
        .queryParam("period", period)
        .get("/api/v1/cross-region")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String region(String code) {
    return "regions.find { it.regionCode == '" + code + "' }";
  }

  /** "value rank coverage" of a ranked region, "not ranked coverage" of another. */
  private static String score(JsonPath view, String code) {
    Map<String, Object> index = view.getMap(region(code) + ".compositeIndex");
    return Boolean.TRUE.equals(index.get("ranked"))
        ? index.get("value") + " " + index.get("rank") + " " + index.get("coveragePercent")
        : "not ranked " + index.get("coveragePercent");
  }
}
