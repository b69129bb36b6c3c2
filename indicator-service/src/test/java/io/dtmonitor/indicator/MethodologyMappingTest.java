package io.dtmonitor.indicator;

import static io.dtmonitor.indicator.IndicatorsTest.record;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.dtmonitor.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * Admins keep the mappings between an indicator's methodologies, and the cross-region view's trend
 * across a change of methodology is computed through the mapping in force: not comparable without
 * one, up or down as the mapped previous value says.
 */
@QuarkusTest
class MethodologyMappingTest {

  private static final String CODE = "MAPPED_SHARE";
  private static final String REGION = "UA-32";

  @Test
  void aTrendAcrossAChangeOfMethodologyGoesThroughItsMapping() {
    defineWithTwoMethodologies();
    // 2019 under methodology A (a share, 0-1); 2020 under B (a percentage of the same thing).
    record(Tokens.cdto(REGION), REGION, CODE, "2019", "0.5", "FINAL", "A").then().statusCode(201);
    record(Tokens.cdto(REGION), REGION, CODE, "2020", "60", "FINAL", "B").then().statusCode(201);
    trendIs("NOT_COMPARABLE");

    // A x100 is B: 0.5 becomes 50, and 60 is up from it.
    map("100").then().statusCode(200).body("factor", equalTo("100.0"));
    trendIs("UP");

    // A mapping that makes 0.5 worth 100 turns the same values into a fall.
    map("200").then().statusCode(200);
    trendIs("DOWN");
    given()
        .get("/api/v1/indicators/" + CODE + "/methodology-mappings")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1))
        .body("items[0].fromVersion", equalTo("A"))
        .body("items[0].toVersion", equalTo("B"))
        .body("items[0].factor", equalTo("200.0"));
  }

  @Test
  void onlyAnAdminMapsAndOnlyBetweenTwoMethodologiesTheIndicatorHas() {
    defineWithTwoMethodologies();
    given()
        .auth()
        .oauth2(Tokens.cdto(REGION))
        .contentType(ContentType.JSON)
        .body("{\"factor\": \"100\"}")
        .put("/api/v1/indicators/" + CODE + "/methodology-mappings/A/B")
        .then()
        .statusCode(403);
    mapping("A", "Z", "{\"factor\": \"100\"}")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("toVersion"));
    mapping("A", "A", "{\"factor\": \"100\"}")
        .then()
        .statusCode(422)
        .body("errors[0].message", containsString("differ"));
    mapping("A", "B", "{\"factor\": \"0\"}")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("factor"));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"factor\": \"100\"}")
        .put("/api/v1/indicators/NO_SUCH/methodology-mappings/A/B")
        .then()
        .statusCode(404);
  }

  private static void defineWithTwoMethodologies() {
    String definition =
        """
        {"code": "%s", "nameUk": "Частка з двома методиками", "nameEn": "A share under two methodologies",
         "unit": "RATIO", "higherIsBetter": true, "regionAggregation": "AVERAGE", "timeAggregation": "LAST",
         "cumulative": false, "category": "GOVERNANCE", "methodology": "%s", "periodicity": "YEAR"}
        """;
    int created =
        given()
            .auth()
            .oauth2(Tokens.admin())
            .contentType(ContentType.JSON)
            .body(definition.formatted(CODE, "A"))
            .post("/api/v1/indicators")
            .then()
            .extract()
            .statusCode();
    if (created == 409) {
      return;
    }
    String etag = given().get("/api/v1/indicators/" + CODE).then().extract().header("ETag");
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(definition.formatted(CODE, "B"))
        .put("/api/v1/indicators/" + CODE)
        .then()
        .statusCode(200);
  }

  private static io.restassured.response.Response map(String factor) {
    return mapping("A", "B", "{\"factor\": \"" + factor + "\", \"offset\": \"0\"}");
  }

  private static io.restassured.response.Response mapping(String from, String to, String body) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/v1/indicators/" + CODE + "/methodology-mappings/" + from + "/" + to);
  }

  private static void trendIs(String trend) {
    given()
        .queryParam("period", "2020")
        .queryParam("indicator", CODE)
        .get("/api/v1/cross-region")
        .then()
        .statusCode(200)
        .body(
            "regions.find { it.regionCode == '" + REGION + "' }.indicators[0].trend",
            equalTo(trend));
  }
}
