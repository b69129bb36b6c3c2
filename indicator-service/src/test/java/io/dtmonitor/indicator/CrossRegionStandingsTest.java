package io.dtmonitor.indicator;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtmonitor.platform.testing.ManagementInterface;
import io.dtmonitor.platform.testing.TestClock;
import io.dtmonitor.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The view keeps its standings (every region's values of an indicator, ranked) between requests,
 * and a change to what they are read from shows in the next request: a value recorded or corrected
 * through the API, a value changed in the database directly, a region moved out of the
 * jurisdiction. A view of an earlier time leaves out what was recorded since.
 */
@QuarkusTest
class CrossRegionStandingsTest {

  private static final Pattern HITS =
      Pattern.compile(
          "cache_gets_total\\{cache=\"cross_region_standings\",result=\"hit\"[^}]*} ([0-9.E]+)");

  @Inject TestClock clock;
  @Inject DataSource database;

  @Test
  void repeatedReadsAreServedFromTheStandingsAndEveryWriteShowsInTheNextRead() {
    String period = "2011";
    record("UA-05", period, "40", "FINAL");
    record("UA-46", period, "50", "FINAL");
    assertEquals(Map.of("UA-05", "40.0 #2", "UA-46", "50.0 #1"), coverage(period));

    double hits = standingHits();
    assertEquals(Map.of("UA-05", "40.0 #2", "UA-46", "50.0 #1"), coverage(period));
    assertTrue(standingHits() > hits, "the second read of the same standings is served kept");

    record("UA-71", "2012", "99", "FINAL");
    hits = standingHits();
    assertEquals(Map.of("UA-05", "40.0 #2", "UA-46", "50.0 #1"), coverage(period));
    assertTrue(standingHits() > hits, "a value of another period leaves these standings kept");

    record("UA-05", period, "60", "FINAL");
    record("UA-71", period, "55", "FINAL");
    assertEquals(
        Map.of("UA-05", "60.0 #1", "UA-46", "50.0 #3", "UA-71", "55.0 #2"),
        coverage(period),
        "a correction and a new value, each in the read after it");

    record("UA-46", period, "95", "PROVISIONAL");
    assertEquals(
        Map.of("UA-05", "60.0 #1", "UA-71", "55.0 #2"),
        coverage(period),
        "a provisional revision takes the value out of the public view");
  }

  @Test
  void aChangeMadeInTheDatabaseShowsInTheNextRead() throws SQLException {
    String period = "2010";
    record("UA-05", period, "40", "FINAL");
    record("UA-46", period, "50", "FINAL");
    assertEquals(Map.of("UA-05", "40.0 #2", "UA-46", "50.0 #1"), coverage(period));

    sql(
        "update indicator.observation set value = 70 where region_code = 'UA-05'"
            + " and indicator_code = 'INTERNET_COVERAGE' and period = '"
            + period
            + "'");
    assertEquals(Map.of("UA-05", "70.0 #1", "UA-46", "50.0 #2"), coverage(period));

    sql("update indicator.region set jurisdiction = 'ZZ' where code = 'UA-05'");
    try {
      assertEquals(
          Map.of("UA-46", "50.0 #1"),
          coverage(period),
          "a region moved to another jurisdiction leaves this one's standings");
    } finally {
      sql("update indicator.region set jurisdiction = 'UA' where code = 'UA-05'");
    }
    assertEquals(Map.of("UA-05", "70.0 #1", "UA-46", "50.0 #2"), coverage(period));
  }

  @Test
  void aViewOfAnEarlierTimeLeavesOutWhatWasRecordedSince() {
    String period = "2009";
    clock.setKyiv("2020-06-01T12:00");
    try {
      record("UA-05", period, "40", "FINAL");
    } finally {
      clock.reset();
    }
    record("UA-46", period, "50", "FINAL");
    assertEquals(Map.of("UA-05", "40.0 #2", "UA-46", "50.0 #1"), coverage(period));

    clock.setKyiv("2021-06-01T12:00");
    try {
      assertEquals(
          Map.of("UA-05", "40.0 #1"),
          coverage(period),
          "in 2021 only the value recorded in 2020 was there");
    } finally {
      clock.reset();
    }
    assertEquals(Map.of("UA-05", "40.0 #2", "UA-46", "50.0 #1"), coverage(period));
  }

  @Test
  void aValueRecordedAheadOfTheClockKeepsOnlyItsOwnPeriodFromBeingKept() throws SQLException {
    record("UA-05", "2008", "40", "FINAL");
    record("UA-46", "2007", "50", "FINAL");
    sql(
        """
        insert into indicator.observation (id, region_code, indicator_code, period, revision, value,
                                           status, methodology, recorded_at, recorded_by)
        select gen_random_uuid(), 'UA-71', code, '2008', 1, 90, 'FINAL', methodology,
               now() + interval '1 day', 'a clock a day ahead'
          from indicator.indicator where code = 'INTERNET_COVERAGE'
        """);

    assertEquals(Map.of("UA-05", "40.0 #1"), coverage("2008"), "not yet recorded, so not shown");
    double hits = standingHits();
    assertEquals(Map.of("UA-05", "40.0 #1"), coverage("2008"));
    assertEquals(hits, standingHits(), "standings that a later time changes are not kept");

    assertEquals(Map.of("UA-46", "50.0 #1"), coverage("2007"));
    assertEquals(Map.of("UA-46", "50.0 #1"), coverage("2007"));
    assertTrue(standingHits() > hits, "another period's standings are kept");
  }

  private static void record(String region, String period, String value, String status) {
    IndicatorsTest.record(
            Tokens.cdto(region), region, "INTERNET_COVERAGE", period, value, status, null)
        .then()
        .statusCode(201);
  }

  /** Each region's INTERNET_COVERAGE value in the view of the period, with its rank. */
  private static Map<String, String> coverage(String period) {
    JsonPath view =
        given()
            .queryParam("period", period)
            .queryParam("indicator", "INTERNET_COVERAGE")
            .get("/api/v1/cross-region")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, String> coverage = new TreeMap<>();
    List<Map<String, Object>> regions = view.getList("regions");
    for (Map<String, Object> region : regions) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> values = (List<Map<String, Object>>) region.get("indicators");
      values.forEach(
          v ->
              coverage.put(
                  (String) region.get("regionCode"), v.get("value") + " #" + v.get("rank")));
    }
    return coverage;
  }

  private static double standingHits() {
    String metrics =
        ManagementInterface.given().get("/q/metrics").then().statusCode(200).extract().asString();
    Matcher hits = HITS.matcher(metrics);
    assertTrue(hits.find(), "the standings' hits are a metric");
    return Double.parseDouble(hits.group(1));
  }

  private void sql(String statement) throws SQLException {
    Sql.execute(database, statement);
  }
}
