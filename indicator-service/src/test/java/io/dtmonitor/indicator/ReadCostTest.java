package io.dtmonitor.indicator;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtmonitor.platform.testing.StatementCounts;
import io.dtmonitor.platform.testing.Tokens;
import io.restassured.http.ContentType;
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
    record("UA-26", "2001");
    for (String period : new String[] {"2001", "2002", "2003"}) {
      record("UA-32", period);
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

  private static void record(String region, String period) {
    given()
        .auth()
        .oauth2(Tokens.cdto(region))
        .contentType(ContentType.JSON)
        .body(
            "{\"regionCode\": \"%s\", \"indicatorCode\": \"%s\", \"period\": \"%s\", \"value\": \"3\", \"status\": \"FINAL\"}"
                .formatted(region, INDICATOR, period))
        .post("/api/v1/observations")
        .then()
        .statusCode(201);
  }
}
