package io.dtmonitor.indicator;

import static io.dtmonitor.indicator.IndicatorsTest.record;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dtmonitor.indicator.catalogue.Indicator;
import io.dtmonitor.platform.testing.Pages;
import io.dtmonitor.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every list is bounded: the ones that grow with use are cursor-paged in a stable order, and the
 * catalogue and the cross-region view's programmes are capped by the limits their documents state.
 */
@QuarkusTest
class BoundedListsTest {

  private static final String REGION = "UA-61";

  @Inject DataSource database;

  @Test
  void targetsArePagedByRegionIndicatorAndYear() {
    for (int year = 2043; year >= 2041; year--) {
      TargetCalls.set(null, REGION, "CNAP_COUNT", year, "\"targetValue\": \"" + year + "\"")
          .then()
          .statusCode(200);
    }
    String next =
        targets(null)
            .then()
            .statusCode(200)
            .body("items.targetYear", contains(2041, 2042))
            .extract()
            .path("nextPageToken");
    targets(next)
        .then()
        .statusCode(200)
        .body("items.targetYear", contains(2043))
        .body("nextPageToken", nullValue());
    targets("bm90LWEtdG9rZW4").then().statusCode(400).body("errors[0].field", equalTo("pageToken"));
  }

  @Test
  void aTargetsHistoryIsPagedOldestFirst() {
    String etag = null;
    for (String value : List.of("1", "2", "3")) {
      etag =
          TargetCalls.set(etag, "UA-51", "CNAP_COUNT", 2044, "\"targetValue\": \"" + value + "\"")
              .then()
              .statusCode(200)
              .extract()
              .header("ETag");
    }
    List<Object> values =
        Pages.all(
            2,
            "items.target.targetValue",
            token ->
                given()
                    .queryParam("region", "UA-51")
                    .queryParam("indicator", "CNAP_COUNT")
                    .queryParam("targetYear", 2044)
                    .queryParam("pageSize", 2)
                    .queryParam("pageToken", token)
                    .get("/api/v1/targets/history"));
    assertEquals(List.of("1.0", "2.0", "3.0"), values);
  }

  @Test
  void aValuesHistoryIsPagedAndShowsAnonymousCallersOnlyFinalRevisions() {
    String cdto = Tokens.cdto(REGION);
    record(cdto, REGION, "CNAP_COUNT", "2041", "4", "PROVISIONAL", null).then().statusCode(201);
    record(cdto, REGION, "CNAP_COUNT", "2041", "5", "FINAL", null).then().statusCode(201);
    record(cdto, REGION, "CNAP_COUNT", "2041", "6", "FINAL", null).then().statusCode(201);

    String next =
        history(null, null)
            .then()
            .statusCode(200)
            .body("items.value", contains("5.0"))
            .extract()
            .path("nextPageToken");
    history(null, next)
        .then()
        .statusCode(200)
        .body("items.value", contains("6.0"))
        .body("items.revision", contains(3))
        .body("nextPageToken", nullValue());

    assertEquals(
        List.of("4.0", "5.0", "6.0"),
        Pages.all(1, "items.value", token -> history(cdto, token)),
        "the region sees its PROVISIONAL revision too");
  }

  @Test
  void anIndicatorsMethodologyMappingsArePaged() {
    String code = "PAGED_MAPPINGS";
    define(code, "A");
    redefine(code, "B");
    redefine(code, "C");
    for (String pair : List.of("B/C", "A/C", "A/B")) {
      given()
          .auth()
          .oauth2(Tokens.admin())
          .contentType(ContentType.JSON)
          .body("{\"factor\": \"2\"}")
          .put("/api/v1/indicators/" + code + "/methodology-mappings/" + pair)
          .then()
          .statusCode(200);
    }
    String next =
        given()
            .queryParam("pageSize", 2)
            .get("/api/v1/indicators/" + code + "/methodology-mappings")
            .then()
            .statusCode(200)
            .body("items.toVersion", contains("B", "C"))
            .body("items.fromVersion", contains("A", "A"))
            .extract()
            .path("nextPageToken");
    given()
        .queryParam("pageSize", 2)
        .queryParam("pageToken", next)
        .get("/api/v1/indicators/" + code + "/methodology-mappings")
        .then()
        .statusCode(200)
        .body("items.fromVersion", contains("B"))
        .body("nextPageToken", nullValue());
  }

  @Test
  void theCatalogueHoldsAtMostItsCapacity() throws SQLException {
    try {
      Sql.execute(
          database,
          """
          insert into indicator.indicator
          select (jsonb_populate_record(i, jsonb_build_object('code', 'CAPACITY_FILL_' || g))).*
            from indicator.indicator i,
                 generate_series(1, %d - (select count(*) from indicator.indicator)) g
           where i.code = 'CNAP_COUNT'
          """
              .formatted(Indicator.CATALOGUE_CAPACITY));
      given()
          .get("/api/v1/indicators")
          .then()
          .statusCode(200)
          .body("items", hasSize(Indicator.CATALOGUE_CAPACITY));
      given()
          .auth()
          .oauth2(Tokens.admin())
          .contentType(ContentType.JSON)
          .body(definition("ONE_TOO_MANY", "1"))
          .post("/api/v1/indicators")
          .then()
          .statusCode(409)
          .body("detail", containsString("holds " + Indicator.CATALOGUE_CAPACITY + " indicators"));
      given().get("/api/v1/indicators/ONE_TOO_MANY").then().statusCode(404);
    } finally {
      Sql.execute(database, "delete from indicator.indicator where code like 'CAPACITY_FILL_%'");
    }
  }

  @Test
  void aRegionsRowListsItsFiftyLargestProgrammesAndCountsThemAll() throws SQLException {
    String region = "UA-65";
    StringBuilder facts = new StringBuilder();
    StringBuilder plans = new StringBuilder();
    for (int i = 1; i <= 51; i++) {
      UUID id = UUID.randomUUID();
      facts.append(
          "%s('%s', 1, '%s', 'UAH', 'Програма %d', 2035, 2035, '2035-01-01')"
              .formatted(i == 1 ? "" : ", ", id, region, i));
      // Programme 51 plans within funding only; the others plan i thousand.
      plans.append(
          "%s('%s', 1, 2035, %s, %s)"
              .formatted(i == 1 ? "" : ", ", id, i == 51 ? "0" : i + ".0", i == 51));
    }
    Sql.execute(
        database,
        "insert into indicator.programme_fact (programme_id, version_number, region_code, currency,"
            + " title_uk, first_year, last_year, effective_from) values "
            + facts);
    Sql.execute(
        database,
        "insert into indicator.programme_year_plan (programme_id, version_number, year,"
            + " planned_fixed, within_funding) values "
            + plans);
    String row = "regions.find { it.regionCode == '" + region + "' }";
    given()
        .queryParam("period", "2035")
        .queryParam("indicator", "CNAP_COUNT")
        .get("/api/v1/cross-region")
        .then()
        .statusCode(200)
        .body(row + ".programmesInForce", equalTo(51))
        .body(row + ".programmes", hasSize(50))
        .body(row + ".programmes[0].titleUk", equalTo("Програма 50"))
        .body(row + ".programmes[49].titleUk", equalTo("Програма 1"))
        .body(row + ".budget.plannedFixed", equalTo("1275.0"))
        .body(row + ".budget.plannedWithinFunding", equalTo(true));
  }

  private static Response targets(String pageToken) {
    return given()
        .queryParam("region", REGION)
        .queryParam("indicator", "CNAP_COUNT")
        .queryParam("pageSize", 2)
        .queryParam("pageToken", pageToken)
        .get("/api/v1/targets");
  }

  private static Response history(String token, String pageToken) {
    var request = given();
    if (token != null) {
      request = request.auth().oauth2(token);
    }
    return request
        .queryParam("region", REGION)
        .queryParam("indicator", "CNAP_COUNT")
        .queryParam("period", "2041")
        .queryParam("pageSize", 1)
        .queryParam("pageToken", pageToken)
        .get("/api/v1/observations/history");
  }

  private static String definition(String code, String methodology) {
    return """
        {"code": "%s", "nameUk": "Показник", "nameEn": "An indicator", "unit": "COUNT",
         "higherIsBetter": true, "regionAggregation": "SUM", "timeAggregation": "LAST",
         "cumulative": false, "category": "GOVERNANCE", "methodology": "%s", "periodicity": "YEAR"}
        """
        .formatted(code, methodology);
  }

  private static void define(String code, String methodology) {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(definition(code, methodology))
        .post("/api/v1/indicators")
        .then()
        .statusCode(201);
  }

  private static void redefine(String code, String methodology) {
    String etag = given().get("/api/v1/indicators/" + code).then().extract().header("ETag");
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(definition(code, methodology))
        .put("/api/v1/indicators/" + code)
        .then()
        .statusCode(200);
  }
}
