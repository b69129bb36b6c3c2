package io.dtmonitor.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A read filtered by a region or an indicator the suite does not know is a 400 naming the
 * parameter, not an empty 200 that reads as "no values": {@code region=kharkiv} (a name, not a
 * code), {@code region=UA-99} (no such oblast), {@code indicator=NOPE}. Known ones still answer.
 */
@QuarkusTest
class FiltersThatCannotMatchTest {

  @ParameterizedTest
  @CsvSource({
    "/api/v1/observations?period=2021&region=kharkiv, region, kharkiv",
    "/api/v1/observations?indicator=NOPE, indicator, NOPE",
    "/api/v1/observations/history?region=UA-99&indicator=CNAP_COUNT&period=2021, region, UA-99",
    "/api/v1/observations/history?region=UA-53&indicator=NOPE&period=2021, indicator, NOPE",
    "/api/v1/targets?indicator=NOPE, indicator, NOPE",
    "/api/v1/targets?region=kharkiv, region, kharkiv",
    "/api/v1/targets/history?region=UA-99&indicator=CNAP_COUNT&targetYear=2030, region, UA-99",
    "/api/v1/exports/observations?region=kharkiv, region, kharkiv",
    "/api/v1/exports/observations?indicator=NOPE, indicator, NOPE",
    "/api/v1/exports/observations.csv?region=UA-99, region, UA-99",
    "/api/v1/exports/programme-execution?region=kharkiv, region, kharkiv"
  })
  void aFilterTheSuiteDoesNotKnowIsA400NamingIt(String path, String field, String value) {
    given()
        .get(path)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo(field))
        .body("errors[0].message", containsString(value));
  }

  @ParameterizedTest
  @CsvSource({
    "/api/v1/observations?period=2021&region=UA-53",
    "/api/v1/observations?period=2021&region=UA&indicator=CNAP_COUNT",
    "/api/v1/targets?region=UA-53&indicator=CNAP_COUNT",
    "/api/v1/exports/observations?region=UA-53&indicator=CNAP_COUNT",
    "/api/v1/exports/programme-execution?region=UA-53"
  })
  void knownFiltersStillAnswer(String path) {
    given().get(path).then().statusCode(200);
  }
}
