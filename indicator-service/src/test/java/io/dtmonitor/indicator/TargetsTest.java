package io.dtmonitor.indicator;

import static io.dtmonitor.indicator.IndicatorsTest.record;
import static io.dtmonitor.indicator.TargetCalls.set;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtmonitor.indicator.events.IndicatorEvents;
import io.dtmonitor.platform.testing.EventProbe;
import io.dtmonitor.platform.testing.EventSchemas;
import io.dtmonitor.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Targets change only against the version the caller read, every version stays readable and is
 * published, and progress judges a value by the kind of target: a value to reach, a range to stay
 * within, or a threshold each unit must meet.
 */
@QuarkusTest
class TargetsTest {

  @jakarta.inject.Inject javax.sql.DataSource database;

  @Test
  void aTargetIsReplacedOnlyAgainstItsETagAndEveryVersionIsKeptAndPublished() {
    String key = "UA-56/CNAP_COUNT/2030";
    try (EventProbe events = new EventProbe(IndicatorEvents.TOPIC)) {
      String first =
          set(null, "UA-56", "CNAP_COUNT", 2030, "\"targetValue\": \"10\"").header("ETag");
      set(null, "UA-56", "CNAP_COUNT", 2030, "\"targetValue\": \"12\"").then().statusCode(428);
      String second =
          set(first, "UA-56", "CNAP_COUNT", 2030, "\"targetValue\": \"12\"")
              .then()
              .statusCode(200)
              .body("targetValue", equalTo("12.0"))
              .extract()
              .header("ETag");
      assertNotEquals(first, second);
      set(first, "UA-56", "CNAP_COUNT", 2030, "\"targetValue\": \"14\"").then().statusCode(412);
      assertEquals(
          second,
          set(second, "UA-56", "CNAP_COUNT", 2030, "\"targetValue\": \"12.000\"")
              .then()
              .statusCode(200)
              .extract()
              .header("ETag"),
          "a PUT that changes nothing keeps the ETag");

      JsonPath history =
          given()
              .queryParam("region", "UA-56")
              .queryParam("indicator", "CNAP_COUNT")
              .queryParam("targetYear", 2030)
              .get("/api/v1/targets/history")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertEquals(List.of("10.0", "12.0"), history.getList("items.target.targetValue"));
      assertEquals(List.of(0, 1), history.getList("items.revision"));
      JsonPath trail =
          given()
              .auth()
              .oauth2(Tokens.ministry())
              .queryParam("objectType", "target")
              .queryParam("objectId", history.getString("items[0].target.id"))
              .get("/api/v1/audit")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertEquals(List.of("setTarget", "setTarget"), trail.getList("items.operation"));
      assertTrue(
          trail.getList("items[1].patch", java.util.Map.class).stream()
              .anyMatch(
                  op ->
                      op.equals(
                          java.util.Map.of(
                              "op", "replace", "path", "/targetValue", "value", "12.0"))),
          () -> "the second version's change: " + trail.getList("items[1].patch"));
      var published =
          events.collect(
              e -> key.equals(e.key()) && IndicatorEvents.TARGET_SET.equals(e.type()),
              Duration.ofSeconds(5));
      assertEquals(2, published.size(), "one TargetSet per change");
      published.forEach(
          event ->
              assertTrue(
                  EventSchemas.validate("target-set.v1", event.data()).isEmpty(), event.data()));
    }
    given()
        .queryParam("region", "UA-56")
        .queryParam("indicator", "CNAP_COUNT")
        .queryParam("targetYear", 2031)
        .get("/api/v1/targets/history")
        .then()
        .statusCode(404);
  }

  @Test
  void aTargetsProgrammeMustBeAnAdoptedProgrammeOfItsRegion() throws java.sql.SQLException {
    java.util.UUID kharkivs = java.util.UUID.randomUUID();
    Sql.execute(
        database,
        """
        insert into indicator.programme_fact (programme_id, version_number, region_code, currency, title_uk,
                                              first_year, last_year, effective_from)
        values ('%s', 1, 'UA-63', 'UAH', 'Програма Харківщини', 2026, 2028, '2026-01-01')
        """
            .formatted(kharkivs));
    set(
            null,
            "UA-56",
            "CNAP_COUNT",
            2031,
            "\"targetValue\": \"10\", \"programmeId\": \"%s\"".formatted(kharkivs))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("programmeId"))
        .body("errors[0].message", org.hamcrest.Matchers.containsString("UA-63"));
    set(
            null,
            "UA-56",
            "CNAP_COUNT",
            2031,
            "\"targetValue\": \"10\", \"programmeId\": \"%s\""
                .formatted(java.util.UUID.randomUUID()))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("programmeId"));
    set(
            null,
            "UA-63",
            "CNAP_COUNT",
            2031,
            "\"targetValue\": \"10\", \"programmeId\": \"%s\"".formatted(kharkivs))
        .then()
        .statusCode(200);
  }

  @Test
  void progressJudgesRangesAndPerUnitThresholds() {
    set(null, "UA-56", "INTERNET_COVERAGE", 2029, "\"targetMin\": \"60\", \"targetMax\": \"80\"")
        .then()
        .statusCode(200);
    set(null, "UA-59", "INTERNET_COVERAGE", 2029, "\"targetMin\": \"60\", \"targetMax\": \"80\"")
        .then()
        .statusCode(200);
    set(
            null,
            "UA-56",
            "DIGITAL_WORKPLACES_PER_COMMUNITY",
            2029,
            "\"targetValue\": \"3\", \"perUnitThreshold\": \"3\"")
        .then()
        .statusCode(200);
    record(Tokens.cdto("UA-56"), "UA-56", "INTERNET_COVERAGE", "2029", "70", "FINAL", null)
        .then()
        .statusCode(201);
    record(Tokens.cdto("UA-59"), "UA-59", "INTERNET_COVERAGE", "2029", "55", "FINAL", null)
        .then()
        .statusCode(201);
    record(
            Tokens.cdto("UA-56"),
            "UA-56",
            "DIGITAL_WORKPLACES_PER_COMMUNITY",
            "2029",
            "2.5",
            "FINAL",
            null)
        .then()
        .statusCode(201);
    JsonPath view =
        given()
            .queryParam("period", "2029")
            .get("/api/v1/cross-region")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // Within 60-80: on track, all the way there.
    assertEquals("ON_TRACK 100.0", judged(view, "UA-56", "INTERNET_COVERAGE"));
    // 55 is below the range: 55 / 60 of the way to its lower bound.
    assertEquals("BELOW_RANGE 91.7", judged(view, "UA-59", "INTERNET_COVERAGE"));
    // 2.5 workplaces per community is short of the 3 each community must have.
    assertEquals("BELOW_THRESHOLD 83.3", judged(view, "UA-56", "DIGITAL_WORKPLACES_PER_COMMUNITY"));
  }

  private static String judged(JsonPath view, String region, String indicator) {
    String value =
        "regions.find { it.regionCode == '%s' }.indicators.find { it.indicatorCode == '%s' }"
            .formatted(region, indicator);
    return view.getString(value + ".targetStatus")
        + " "
        + view.getString(value + ".progressPercent");
  }
}
