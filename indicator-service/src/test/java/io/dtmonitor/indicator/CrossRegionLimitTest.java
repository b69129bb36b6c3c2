package io.dtmonitor.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A view larger than the configured limit is refused whole and served for fewer indicators. */
@QuarkusTest
@TestProfile(CrossRegionLimitTest.SmallViews.class)
class CrossRegionLimitTest {

  /** Views of at most 200 values: fewer than 27 regions x the whole catalogue, more than x 5. */
  public static class SmallViews implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("dtm.cross-region.max-values", "200");
    }
  }

  @Test
  void aViewOverTheLimitIsRefusedAndFewerIndicatorsAreServed() {
    given()
        .queryParam("period", "2022")
        .get("/api/v1/cross-region")
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"))
        .body("errors[0].field", equalTo("indicator"))
        .body("errors[0].message", containsString("over the limit of 200"));
    given()
        .queryParam("period", "2022")
        .queryParam("indicator", "INTERNET_COVERAGE")
        .queryParam("indicator", "CNAP_COUNT")
        .get("/api/v1/cross-region")
        .then()
        .statusCode(200)
        .body("regions.size()", equalTo(27));
  }
}
