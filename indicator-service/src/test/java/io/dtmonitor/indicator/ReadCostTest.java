package io.dtmonitor.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtmonitor.platform.testing.StatementCounts;
import org.junit.jupiter.api.Test;

/**
 * Reads cost the same number of SQL statements however many rows they answer with: a region's
 * targets, a target's history and a region's values with three rows as with one (no query per row,
 * N+1).
 */
@io.quarkus.test.junit.QuarkusTest
class ReadCostTest {

  private static final String INDICATOR = "CNAP_COUNT";

  @Test
  void targetsAndTheirHistoryAreReadInAsManyStatementsHoweverMany() {
    setTarget("UA-21", 2031, "5", null);
    String etag = setTarget("UA-23", 2031, "5", null);
    etag = setTarget("UA-23", 2031, "6", etag);
    setTarget("UA-23", 2031, "7", etag);
    setTarget("UA-23", 2032, "8", null);
    setTarget("UA-23", 2033, "9", null);

    int one = StatementCounts.ofGet(null, "/api/v1/targets?region=UA-21");
    assertTrue(one > 0, "statements are counted");
    assertEquals(one, StatementCounts.ofGet(null, "/api/v1/targets?region=UA-23"));
    String history = "/api/v1/targets/history?indicator=" + INDICATOR + "&targetYear=2031&region=";
    assertEquals(
        StatementCounts.ofGet(null, history + "UA-21"),
        StatementCounts.ofGet(null, history + "UA-23"),
        "one revision read as three");
  }

  @Test
  void aRegionsValuesAreReadInAsManyStatementsHoweverMany() {
    ObservationCalls.recordFinal("UA-26", INDICATOR, "2001", "3");
    for (String period : new String[] {"2001", "2002", "2003"}) {
      ObservationCalls.recordFinal("UA-32", INDICATOR, period, "3");
    }
    String values = "/api/v1/observations?indicator=" + INDICATOR + "&region=";
    int one = StatementCounts.ofGet(null, values + "UA-26");
    assertTrue(one > 0, "statements are counted");
    assertEquals(one, StatementCounts.ofGet(null, values + "UA-32"));
  }

  private static String setTarget(String region, int year, String value, String ifMatch) {
    return TargetCalls.set(ifMatch, region, INDICATOR, year, "\"targetValue\": \"" + value + "\"")
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }
}
