package io.dtmonitor.indicator;

import static io.dtmonitor.indicator.IndicatorsTest.record;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dtmonitor.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Kharkiv oblast's five communities report; the oblast's values are derived from theirs by each
 * indicator's own rule, marked derived with how many communities they cover, shown in the
 * cross-region view and the export, and never in place of a value the oblast reported.
 *
 * <pre>
 * community   population  workplaces (2026)  CNAPs (2026)  quarterly score 2026 Q1, Q2, Q3
 * UA-63-001       10,000          4               1                 10, 20, 30
 * UA-63-002       20,000          3               2                 20, -, -
 * UA-63-003       30,000          2               0                 -
 * UA-63-004       40,000          5               1                 -
 * UA-63-005       50,000          1               -                 -
 * </pre>
 */
@QuarkusTest
class KharkivRollupTest {

  private static final String OBLAST = "UA-63";
  private static final String SCORE = "KHARKIV_ROLLUP_SCORE";
  private static boolean registered;

  @BeforeEach
  void registerCommunitiesOnce() {
    if (registered) {
      return;
    }
    registered = true;
    for (int n = 1; n <= 5; n++) {
      given()
          .auth()
          .oauth2(Tokens.admin())
          .contentType(ContentType.JSON)
          .body(
              """
              {"katottg": "UA631200700000162%02d", "nameUk": "Громада %d", "nameEn": "Community %d", "population": %d}
              """
                  .formatted(n, n, n, n * 10_000))
          .put("/api/v1/communities/UA-63-00" + n)
          .then()
          .statusCode(200);
    }
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(
            """
            {"code": "%s", "nameUk": "Квартальний бал", "nameEn": "Quarterly score", "unit": "RATIO",
             "higherIsBetter": true, "regionAggregation": "WEIGHTED_AVERAGE", "timeAggregation": "AVERAGE",
             "cumulative": false, "category": "GOVERNANCE", "methodology": "1", "periodicity": "QUARTER"}
            """
                .formatted(SCORE))
        .post("/api/v1/indicators")
        .then()
        .statusCode(201);
    String[] workplaces = {"4", "3", "2", "5", "1"};
    String[] cnaps = {"1", "2", "0", "1", null};
    for (int n = 1; n <= 5; n++) {
      recordCommunity(n, "DIGITAL_WORKPLACES_PER_COMMUNITY", "2026", workplaces[n - 1]);
      if (cnaps[n - 1] != null) {
        recordCommunity(n, "CNAP_COUNT", "2026", cnaps[n - 1]);
      }
    }
    recordCommunity(1, SCORE, "2026-Q1", "10");
    recordCommunity(1, SCORE, "2026-Q2", "20");
    recordCommunity(1, SCORE, "2026-Q3", "30");
    recordCommunity(2, SCORE, "2026-Q1", "20");
  }

  @Test
  void theOblastsValuesAreDerivedFromItsCommunitiesByEachIndicatorsRule() {
    JsonPath view = view("2026");
    // Workplaces per community: AVERAGE (4 + 3 + 2 + 5 + 1) / 5 = 3.0, of all five.
    assertEquals("3.0 AVERAGE 5/5", derived(view, "DIGITAL_WORKPLACES_PER_COMMUNITY"));
    // At least 3 workplaces (the target's per-unit threshold, else the catalogue's 3): 001, 002,
    // 004 of the five, 60%.
    assertEquals("60.0 SHARE 5/5", derived(view, "DIGITAL_WORKPLACES_SHARE"));
    // CNAPs: SUM 1 + 2 + 0 + 1 = 4, of the four that reported.
    assertEquals("4.0 SUM 4/5", derived(view, "CNAP_COUNT"));
  }

  @Test
  void quartersRollUpToTheYearAndCommunitiesToTheOblastWeightedByPopulation() {
    // 2026-Q1 of the oblast: weighted by population (10 x 10,000 + 20 x 20,000) / 30,000 =
    // 16.666667.
    assertEquals("16.666667 WEIGHTED_AVERAGE 2/5", derived(view("2026-Q1"), SCORE));
    // The year of community 001: AVERAGE of its three quarters (10 + 20 + 30) / 3 = 20.0, 3 of 4.
    // The oblast's year: the AVERAGE of its own quarters, Q1 16.666667, Q2 20.0 (001 alone), Q3
    // 30.0 (001 alone): 66.666667 / 3 = 22.222222, 3 of 4.
    JsonPath year = view("2026");
    assertEquals("22.222222 AVERAGE 3/4", derived(year, SCORE));
  }

  @Test
  void aReportedValueIsNeverOverwrittenAndTheExportSaysWhichIsWhich() {
    recordCommunity(1, "DIIA_CENTRES", "2026", "1");
    recordCommunity(2, "DIIA_CENTRES", "2026", "1");
    assertEquals("2.0 SUM 2/5", derived(view("2026"), "DIIA_CENTRES"));
    record(Tokens.cdto(OBLAST), OBLAST, "DIIA_CENTRES", "2026", "5", "FINAL", null)
        .then()
        .statusCode(201);
    Map<String, Object> centres = value(view("2026"), "DIIA_CENTRES");
    assertEquals("5.0", centres.get("value"));
    assertEquals("REPORTED", centres.get("origin"));

    JsonPath export =
        given()
            .queryParam("region", OBLAST)
            .queryParam("period", "2026")
            .get("/api/v1/exports/observations")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(
        List.of("5.0 REPORTED"),
        export.getList(
            "items.findAll { it.indicatorCode == 'DIIA_CENTRES' }.collect { it.value + ' ' + it.origin }"));
    assertEquals(
        List.of("60.0 DERIVED"),
        export.getList(
            "items.findAll { it.indicatorCode == 'DIGITAL_WORKPLACES_SHARE' }"
                + ".collect { it.value + ' ' + it.origin }"));
  }

  @Test
  void onlyAnAdminRegistersCommunitiesOfAKnownOblast() {
    given()
        .auth()
        .oauth2(Tokens.cdto(OBLAST))
        .contentType(ContentType.JSON)
        .body("{\"katottg\": \"UA63120070000016299\", \"nameUk\": \"Г\", \"nameEn\": \"C\"}")
        .put("/api/v1/communities/UA-63-099")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"katottg\": \"UA53120070000016299\", \"nameUk\": \"Г\", \"nameEn\": \"C\"}")
        .put("/api/v1/communities/UA-63-099")
        .then()
        .statusCode(422);
    given()
        .queryParam("oblast", OBLAST)
        .get("/api/v1/communities")
        .then()
        .statusCode(200)
        .body("items.code", org.hamcrest.Matchers.hasItems("UA-63-001", "UA-63-005"));
  }

  private static void recordCommunity(int n, String indicator, String period, String value) {
    record(Tokens.cdto(OBLAST), "UA-63-00" + n, indicator, period, value, "FINAL", null)
        .then()
        .statusCode(201);
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

  private static Map<String, Object> value(JsonPath view, String indicator) {
    return view.getMap(
        "regions.find { it.regionCode == '%s' }.indicators.find { it.indicatorCode == '%s' }"
            .formatted(OBLAST, indicator));
  }

  /** "value rule covered/total" of the oblast's derived value. */
  private static String derived(JsonPath view, String indicator) {
    Map<String, Object> value = value(view, indicator);
    assertEquals("DERIVED", value.get("origin"), indicator + ": " + value);
    @SuppressWarnings("unchecked")
    Map<String, Object> derivation = (Map<String, Object>) value.get("derivation");
    return value.get("value")
        + " "
        + derivation.get("rule")
        + " "
        + derivation.get("covered")
        + "/"
        + derivation.get("total");
  }
}
