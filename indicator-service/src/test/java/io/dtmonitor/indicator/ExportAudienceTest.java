package io.dtmonitor.indicator;

import static io.dtmonitor.indicator.IndicatorsTest.record;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dtmonitor.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each audience's export holds what it may see: FINAL values for everyone, PROVISIONAL ones only
 * when asked for and only of the regions the token may read unpublished data of, one jurisdiction
 * at a time, with the columns that say where each value comes from.
 */
@QuarkusTest
class ExportAudienceTest {

  private static final String PERIOD = "2011";
  private static final String INDICATOR = "CNAP_COUNT";

  /** The rows of recorded values; the others are derived, FINAL by construction. */
  private static final String REPORTED = "items.findAll { it.origin == 'REPORTED' }";

  private static boolean recorded;

  @BeforeEach
  void recordValuesOfEveryStatusOnce() {
    if (recorded) {
      return;
    }
    recorded = true;
    record(Tokens.cdto("UA-53"), "UA-53", INDICATOR, PERIOD, "5", "PROVISIONAL", null)
        .then()
        .statusCode(201);
    record(Tokens.cdto("UA-63"), "UA-63", INDICATOR, PERIOD, "7", "FINAL", null)
        .then()
        .statusCode(201);
    record(Tokens.cdto("UA-18"), "UA-18", INDICATOR, PERIOD, "9", "PROVISIONAL", null)
        .then()
        .statusCode(201);
    record(Tokens.cdto("RU-ORE"), "RU-ORE", INDICATOR, PERIOD, "11", "FINAL", null)
        .then()
        .statusCode(201);
    // A FINAL value whose correction is PROVISIONAL is not published until the correction is.
    record(Tokens.cdto("UA-46"), "UA-46", INDICATOR, PERIOD, "13", "FINAL", null)
        .then()
        .statusCode(201);
    record(Tokens.cdto("UA-46"), "UA-46", INDICATOR, PERIOD, "14", "PROVISIONAL", null)
        .then()
        .statusCode(201);
  }

  @Test
  void anAnonymousExportHoldsOnlyFinalValuesOfUkraine() {
    JsonPath page = json(given());
    assertEquals(List.of("UA-63"), page.getList(REPORTED + ".regionCode"));
    assertEquals(List.of("FINAL"), page.getList(REPORTED + ".status"));
    assertEquals(List.of("UA"), page.getList(REPORTED + ".jurisdiction"));
    assertEquals(List.of("UAH"), page.getList(REPORTED + ".currency"));
    assertEquals(List.of("seed documents"), page.getList(REPORTED + ".sourceDocument"));
    // The country's value derived from its oblasts' (CNAP_COUNT adds up): only the FINAL ones go
    // into it, UA-63's 7 of the five recorded, so no PROVISIONAL value shows through it either.
    assertEquals(
        List.of("UA 7.0"),
        page.getList(
            "items.findAll { it.origin == 'DERIVED' }.collect { it.regionCode + ' ' + it.value }"));

    List<Map<String, String>> csv =
        csv(given()).stream().filter(row -> "REPORTED".equals(row.get("origin"))).toList();
    assertEquals(
        List.of("UA-63 7.0 FINAL UA UAH REPORTED seed documents"),
        csv.stream()
            .map(
                row ->
                    String.join(
                        " ",
                        row.get("regionCode"),
                        row.get("value"),
                        row.get("status"),
                        row.get("jurisdiction"),
                        row.get("currency"),
                        row.get("origin"),
                        row.get("sourceDocument")))
            .toList());
  }

  @Test
  void provisionalValuesAskedForWithoutATokenAre401AndByARegionsCdtoOnlyItsOwn() {
    for (String status : List.of("ALL", "PROVISIONAL")) {
      given()
          .queryParam("status", status)
          .get("/api/v1/exports/observations")
          .then()
          .statusCode(401)
          .contentType(containsString("application/problem+json"));
      given()
          .queryParam("status", status)
          .get("/api/v1/exports/observations.csv")
          .then()
          .statusCode(401)
          .contentType(containsString("application/problem+json"));
    }

    RequestSpecification poltava = given().auth().oauth2(Tokens.cdto("UA-53"));
    assertEquals(
        List.of("UA-53 PROVISIONAL", "UA-63 FINAL"),
        regions(json(poltava.queryParam("status", "ALL"))));
    assertEquals(
        List.of("UA-53 PROVISIONAL"),
        regions(
            json(given().auth().oauth2(Tokens.cdto("UA-53")).queryParam("status", "PROVISIONAL"))));
    assertEquals(
        List.of("UA-63 FINAL"),
        regions(json(given().auth().oauth2(Tokens.cdto("UA-53")))),
        "a token alone does not add PROVISIONAL values: they are asked for");
    given()
        .auth()
        .oauth2(Tokens.cdto("UA-53"))
        .queryParam("status", "PROVISIONAL")
        .queryParam("region", "UA-18")
        .get("/api/v1/exports/observations")
        .then()
        .statusCode(403)
        .body("detail", containsString("UA-53"));
  }

  @Test
  void reviewersSeeTheirRegionsAndTheMinistryEveryRegionsProvisionalValues() {
    assertEquals(
        List.of("UA-18 PROVISIONAL", "UA-63 FINAL"),
        regions(json(given().auth().oauth2(Tokens.reviewer("UA-18")).queryParam("status", "ALL"))));
    // A reviewer whose token names no region may see no region's provisional values.
    given()
        .auth()
        .oauth2(Tokens.builder("reviewer-without-region").roles("reviewer").sign())
        .queryParam("status", "ALL")
        .queryParam("period", PERIOD)
        .queryParam("indicator", INDICATOR)
        .get("/api/v1/exports/observations")
        .then()
        .statusCode(403);
    assertEquals(
        List.of("UA-18 PROVISIONAL", "UA-46 PROVISIONAL", "UA-53 PROVISIONAL", "UA-63 FINAL"),
        regions(json(given().auth().oauth2(Tokens.ministry()).queryParam("status", "ALL"))));
    assertEquals(
        List.of("UA-18 PROVISIONAL", "UA-46 PROVISIONAL", "UA-53 PROVISIONAL"),
        sorted(
            csv(given().auth().oauth2(Tokens.ministry()).queryParam("status", "PROVISIONAL"))
                .stream()
                .filter(row -> "REPORTED".equals(row.get("origin")))
                .map(row -> row.get("regionCode") + " " + row.get("status"))
                .toList()));
  }

  @Test
  void aSourceThatASpreadsheetWouldRunIsWrittenAsTextInTheCsvOnly() {
    given()
        .auth()
        .oauth2(Tokens.cdto("UA-71"))
        .contentType(io.restassured.http.ContentType.JSON)
        .body(
            """
            {"regionCode": "UA-71", "indicatorCode": "%s", "period": "%s", "value": "3", "status": "FINAL",
             "sourceDocument": "=HYPERLINK(\\"http://evil.example\\",\\"report\\")"}
            """
                .formatted(INDICATOR, "2009"))
        .post("/api/v1/observations")
        .then()
        .statusCode(201);
    assertEquals(
        List.of("=HYPERLINK(\"http://evil.example\",\"report\")"),
        given()
            .queryParam("period", "2009")
            .queryParam("region", "UA-71")
            .get("/api/v1/exports/observations")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList(REPORTED + ".sourceDocument"),
        "JSON keeps the text as sent");
    String csv =
        given()
            .queryParam("period", "2009")
            .queryParam("region", "UA-71")
            .get("/api/v1/exports/observations.csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertEquals(
        true,
        csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"report\"\")\""),
        "the CSV cell starts with an apostrophe: " + csv);
    assertEquals(
        List.of("'=HYPERLINK(\"http://evil.example\",\"report\")"),
        CsvRows.of(csv).stream()
            .filter(row -> "REPORTED".equals(row.get("origin")))
            .map(row -> row.get("sourceDocument"))
            .toList(),
        "an RFC 4180 reader reads the cell back whole");
    assertEquals(
        true,
        csv.lines().skip(1).allMatch(line -> line.startsWith("2009,UA-71,")),
        "no cell is quoted that holds no comma, quote or line break: " + csv);
  }

  @Test
  void eachJurisdictionIsExportedApartInItsCurrency() {
    JsonPath russia = json(given().queryParam("jurisdiction", "RU"));
    assertEquals(List.of("RU-ORE"), russia.getList(REPORTED + ".regionCode"));
    assertEquals(List.of("RUB", "RUB"), russia.getList("items.currency"));
    assertEquals(List.of("RU", "RU"), russia.getList("items.jurisdiction"));

    given()
        .queryParam("jurisdiction", "XX")
        .get("/api/v1/exports/observations")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("jurisdiction"));
    given()
        .queryParam("status", "EVERYTHING")
        .get("/api/v1/exports/observations")
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"));
  }

  private static JsonPath json(RequestSpecification request) {
    return request
        .queryParam("period", PERIOD)
        .queryParam("indicator", INDICATOR)
        .get("/api/v1/exports/observations")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The CSV's rows as maps from its header's column names. */
  private static List<Map<String, String>> csv(RequestSpecification request) {
    String body =
        request
            .queryParam("period", PERIOD)
            .queryParam("indicator", INDICATOR)
            .get("/api/v1/exports/observations.csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    return CsvRows.of(body);
  }

  /** Each reported row's region and status, in region order. */
  private static List<String> regions(JsonPath page) {
    List<String> regions = page.getList(REPORTED + ".regionCode");
    List<String> statuses = page.getList(REPORTED + ".status");
    return sorted(
        IntStream.range(0, regions.size())
            .mapToObj(i -> regions.get(i) + " " + statuses.get(i))
            .toList());
  }

  private static List<String> sorted(List<String> rows) {
    return rows.stream().sorted().toList();
  }
}
