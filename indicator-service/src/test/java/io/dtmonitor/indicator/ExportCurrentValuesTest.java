package io.dtmonitor.indicator;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Both exports hold, of each value, its latest revision committed when the pull began, however the
 * revisions were written: recorded through the API, or inserted, corrected and deleted in the
 * database directly; and a pull sent the previous one's change token holds what changed since.
 */
@QuarkusTest
class ExportCurrentValuesTest {

  private static final String REGION = "UA-18";
  private static final String INDICATOR = "CNAP_COUNT";

  @Inject DataSource database;

  @Test
  void anExportHoldsTheLatestRevisionAndThePullAfterItOnlyLaterOnes() {
    String period = "2006";
    record(period, "10");
    String afterFirst = changeToken(period);
    record(period, "20");
    record(period, "30");

    assertEquals(List.of("30.0"), exported(period));
    assertEquals(List.of("30.0"), exportedAsCsv(period));
    assertEquals(List.of("30.0"), exportedSince(afterFirst, period));
    assertEquals(List.of(), exportedSince(changeToken(period), period));
  }

  @Test
  void revisionsWrittenInTheDatabaseChangeTheExportAsRevisionsRecordedThroughTheApi()
      throws SQLException {
    String period = "2005";
    record(period, "10");

    sql(nextRevision(period, "20", "now()"));
    assertEquals(List.of("20.0"), exported(period), "a revision inserted in the database");

    String beforeCorrection = changeToken(period);
    sql(retimeLatest(period, "now() - interval '1 year'"));
    assertEquals(List.of("20.0"), exported(period), "a revision re-timed is still the latest");
    assertEquals(
        List.of("20.0"),
        exportedSince(beforeCorrection, period),
        "and comes with the next pull, though it says it is a year old");
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

  @Test
  void aRewriteThatChangesNothingIsNotAChange() throws SQLException {
    String period = "2004";
    record(period, "10");
    String token = changeToken(period);
    sql(
        "update indicator.observation set value = value where region_code = '%s' and indicator_code = '%s'"
                .formatted(REGION, INDICATOR)
            + " and period = '%s'".formatted(period));
    assertEquals(List.of(), exportedSince(token, period), "the same values are no change");
    sql(
        "update indicator.observation set value = value + 1 where region_code = '%s'"
                .formatted(REGION)
            + " and indicator_code = '%s' and period = '%s'".formatted(INDICATOR, period));
    assertEquals(List.of("11.0"), exportedSince(token, period), "a corrected value is");
  }

  private static void record(String period, String value) {
    ObservationCalls.recordFinal(REGION, INDICATOR, period, value);
  }

  private static String changeToken(String period) {
    return pull(null, period).getString("changeToken");
  }

  private static List<String> exportedSince(String changeToken, String period) {
    return pull(changeToken, period).getList("items.value", String.class);
  }

  private static List<String> exported(String period) {
    return exportedSince(null, period);
  }

  private static JsonPath pull(String changedSince, String period) {
    return given()
        .queryParam("region", REGION)
        .queryParam("indicator", INDICATOR)
        .queryParam("period", period)
        .queryParam("changedSince", changedSince == null ? "" : changedSince)
        .get("/api/v1/exports/observations")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
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
    return CsvRows.column(csv, "value");
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
