package io.dtmonitor.indicator;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dtmonitor.platform.testing.TestClock;
import io.dtmonitor.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Both exports hold, of each value, the revision that was current at the export's moment, however
 * the revisions were written: recorded through the API at different times, or inserted, re-timed
 * and deleted in the database directly.
 */
@QuarkusTest
class ExportCurrentValuesTest {

  private static final String REGION = "UA-18";
  private static final String INDICATOR = "CNAP_COUNT";

  @Inject TestClock clock;
  @Inject DataSource database;

  @Test
  void anExportHoldsTheRevisionCurrentAtItsMoment() {
    String period = "2006";
    recordAt("2021-03-01T12:00", period, "10");
    recordAt("2022-03-01T12:00", period, "20");
    recordAt("2023-03-01T12:00", period, "30");

    assertEquals(List.of(), exportedAt("2021-01-01T12:00", period), "before the first revision");
    assertEquals(List.of("10.0"), exportedAt("2021-06-01T12:00", period));
    assertEquals(List.of("20.0"), exportedAt("2022-06-01T12:00", period));
    assertEquals(List.of("30.0"), exportedAt("2023-06-01T12:00", period));
    assertEquals(List.of("30.0"), exported(period));
    assertEquals(List.of("30.0"), exportedAsCsv(period));
  }

  @Test
  void revisionsWrittenInTheDatabaseChangeTheExportAsRevisionsRecordedThroughTheApi()
      throws SQLException {
    String period = "2005";
    recordAt(null, period, "10");

    sql(nextRevision(period, "20", "now()"));
    assertEquals(List.of("20.0"), exported(period), "a revision inserted in the database");

    sql(retimeLatest(period, "now() + interval '1 year'"));
    assertEquals(
        List.of("10.0"), exported(period), "a revision re-timed to a year ahead is not yet there");

    sql(retimeLatest(period, "now()"));
    assertEquals(List.of("20.0"), exported(period), "and is there again when re-timed to now");
    assertEquals(List.of("20.0"), exportedAsCsv(period));

    sql(
        "delete from indicator.observation where region_code = '%s' and indicator_code = '%s'"
                .formatted(REGION, INDICATOR)
            + " and period = '%s' and revision = 2".formatted(period));
    assertEquals(List.of("10.0"), exported(period), "a deleted revision leaves the one before");

    sql(
        """
        insert into indicator.observation (id, region_code, indicator_code, period, revision, value, status,
                                           methodology, recorded_at, recorded_by)
        select gen_random_uuid(), region_code, indicator_code, period, revision + n, value + 10 * n, status,
               methodology, now(), 'test'
          from indicator.observation cross join generate_series(1, 2) n
         where region_code = '%s' and indicator_code = '%s' and period = '%s'
        """
            .formatted(REGION, INDICATOR, period));
    assertEquals(List.of("30.0"), exported(period), "two revisions inserted in one statement");
  }

  private void recordAt(String kyivTime, String period, String value) {
    if (kyivTime != null) {
      clock.setKyiv(kyivTime);
    }
    try {
      IndicatorsTest.record(Tokens.cdto(REGION), REGION, INDICATOR, period, value, "FINAL", null)
          .then()
          .statusCode(201);
    } finally {
      clock.reset();
    }
  }

  private List<String> exportedAt(String kyivTime, String period) {
    clock.setKyiv(kyivTime);
    try {
      return exported(period);
    } finally {
      clock.reset();
    }
  }

  private static List<String> exported(String period) {
    return given()
        .queryParam("region", REGION)
        .queryParam("indicator", INDICATOR)
        .queryParam("period", period)
        .get("/api/v1/exports/observations")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.value", String.class);
  }

  private static List<String> exportedAsCsv(String period) {
    String csv =
        given()
            .queryParam("region", REGION)
            .queryParam("indicator", INDICATOR)
            .queryParam("period", period)
            .get("/api/v1/exports/observations.csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    // period, regionCode, katottg, indicatorCode, value, ...: the fifth column, after the header.
    return Arrays.stream(csv.split("\n")).skip(1).map(line -> line.split(",")[4]).toList();
  }

  private static String nextRevision(String period, String value, String recordedAt) {
    return """
        insert into indicator.observation (id, region_code, indicator_code, period, revision, value, status,
                                           methodology, recorded_at, recorded_by)
        select gen_random_uuid(), region_code, indicator_code, period, revision + 1, %s, status, methodology,
               %s, 'test'
          from indicator.observation
         where region_code = '%s' and indicator_code = '%s' and period = '%s'
         order by revision desc
         limit 1
        """
        .formatted(value, recordedAt, REGION, INDICATOR, period);
  }

  private static String retimeLatest(String period, String recordedAt) {
    return """
        update indicator.observation set recorded_at = %s
         where region_code = '%s' and indicator_code = '%s' and period = '%s'
           and revision = (select max(revision) from indicator.observation
                            where region_code = '%s' and indicator_code = '%s' and period = '%s')
        """
        .formatted(recordedAt, REGION, INDICATOR, period, REGION, INDICATOR, period);
  }

  private void sql(String statement) throws SQLException {
    Sql.execute(database, statement);
  }
}
