package io.dtmonitor.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtmonitor.indicator.events.IndicatorEvents;
import io.dtmonitor.platform.testing.EventProbe;
import io.dtmonitor.platform.testing.EventSchemas;
import io.dtmonitor.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The seed values from the source documents, recorded, corrected, viewed and exported. */
@QuarkusTest
class IndicatorsTest {

  static Response record(
      String token,
      String region,
      String indicator,
      String period,
      String value,
      String status,
      String methodology) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(
            """
            {"regionCode": "%s", "indicatorCode": "%s", "period": "%s", "value": "%s", "status": "%s", "methodology": %s,
             "sourceDocument": "seed documents"}
            """
                .formatted(
                    region,
                    indicator,
                    period,
                    value,
                    status,
                    methodology == null ? "null" : "\"" + methodology + "\""))
        .post("/api/v1/observations");
  }

  @Test
  void seedValuesAppearInTheViewAndBothExports() {
    try (EventProbe events = new EventProbe(IndicatorEvents.TOPIC)) {
      record(Tokens.cdto("UA-53"), "UA-53", "INTERNET_COVERAGE", "2021", "63", "FINAL", null)
          .then()
          .statusCode(201)
          .body("revision", equalTo(1));
      record(Tokens.cdto("UA-53"), "UA-53", "DT_INDEX", "2025-Q1", "45", "FINAL", "2025")
          .then()
          .statusCode(201);
      record(Tokens.cdto("UA-53"), "UA-53", "DT_INDEX", "2025-Q2", "50", "FINAL", "2025")
          .then()
          .statusCode(201);
      record(Tokens.admin(), "UA", "DT_INDEX", "2025-Q2", "38", "FINAL", "2025")
          .then()
          .statusCode(201);
      record(Tokens.cdto("UA-46"), "UA-46", "DT_INDEX", "2024", "0.850", "FINAL", "2024")
          .then()
          .statusCode(201);
      record(Tokens.admin(), "UA", "DT_INDEX", "2024", "0.497", "FINAL", "2024")
          .then()
          .statusCode(201);
      var recorded =
          events.await(e -> "UA-53/INTERNET_COVERAGE/2021".equals(e.key()), Duration.ofSeconds(20));
      assertTrue(EventSchemas.validate("observation-recorded.v1", recorded.data()).isEmpty());
    }

    given()
        .queryParam("period", "2025-Q2")
        .get("/api/v1/cross-region")
        .then()
        .statusCode(200)
        .body("regions.size()", equalTo(27))
        .body(
            "regions.find { it.regionCode == 'UA-53' }.indicators.find { it.indicatorCode == 'DT_INDEX' }.value",
            equalTo("50.0"))
        .body(
            "regions.find { it.regionCode == 'UA-53' }.indicators.find { it.indicatorCode == 'DT_INDEX' }.rank",
            equalTo(1))
        .body("publishedAggregates.find { it.indicatorCode == 'DT_INDEX' }.value", equalTo("38.0"))
        .body(
            "regions.find { it.regionCode == 'UA-53' }.indicators.find { it.indicatorCode == 'DT_INDEX' }.trend",
            equalTo("UP"))
        .body(
            "regions.find { it.regionCode == 'UA-53' }.indicators.find { it.indicatorCode == 'DT_INDEX' }.previousValue",
            equalTo("45.0"));
    given()
        .queryParam("period", "2024")
        .get("/api/v1/cross-region")
        .then()
        .statusCode(200)
        .body(
            "regions.find { it.regionCode == 'UA-46' }.indicators.find { it.indicatorCode == 'DT_INDEX' }.value",
            equalTo("0.85"))
        .body(
            "regions.find { it.regionCode == 'UA-46' }.indicators.find { it.indicatorCode == 'DT_INDEX' }.methodology",
            equalTo("2024"))
        .body("publishedAggregates[0].value", equalTo("0.497"));
    given()
        .queryParam("period", "2021")
        .get("/api/v1/cross-region")
        .then()
        .body(
            "regions.find { it.regionCode == 'UA-53' }.indicators.find { it.indicatorCode == 'INTERNET_COVERAGE' }.value",
            equalTo("63.0"));

    given()
        .queryParam("indicator", "DT_INDEX")
        .queryParam("period", "2025-Q2")
        .get("/api/v1/exports/observations")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(2))
        .body("items.find { it.regionCode == 'UA-53' }.katottg", equalTo("UA53000000000028050"))
        .body("items.find { it.regionCode == 'UA-53' }.value", equalTo("50.0"))
        .body("items.find { it.regionCode == 'UA' }.value", equalTo("38.0"));
    String csv =
        given()
            .queryParam("region", "UA-53")
            .queryParam("period", "2021")
            .get("/api/v1/exports/observations.csv")
            .then()
            .statusCode(200)
            .contentType(containsString("text/csv"))
            .extract()
            .asString();
    String[] lines = csv.split("\n");
    assertEquals(
        "period,regionCode,katottg,indicatorCode,value,unit,target,status,methodology,revisedAt,"
            + "jurisdiction,currency,origin,sourceDocument,sourceUrl,sourceHash",
        lines[0]);
    assertTrue(
        lines[1].startsWith(
            "2021,UA-53,UA53000000000028050,INTERNET_COVERAGE,63.0,PERCENT,,FINAL,1,"),
        lines[1]);
    assertEquals(2, lines.length);
    given()
        .get("/api/v1/exports/datapackage.json")
        .then()
        .statusCode(200)
        .body("resources[0].path", equalTo("observations.csv"))
        .body("resources[0].schema.fields.name", hasItem("katottg"))
        .body(
            "resources[0].schema.primaryKey",
            equalTo(java.util.List.of("period", "regionCode", "indicatorCode")));
  }

  @Test
  void exportPagesWalkEveryCurrentValueOnceInRevisionOrder() {
    String cdto = Tokens.cdto("UA-26");
    for (int year = 2018; year <= 2022; year++) {
      record(cdto, "UA-26", "CNAP_COUNT", Integer.toString(year), "1" + year % 10, "FINAL", null)
          .then()
          .statusCode(201);
    }
    for (int year = 2019; year <= 2021; year++) {
      record(
              cdto,
              "UA-26",
              "INTERNET_COVERAGE",
              Integer.toString(year),
              "5" + year % 10,
              "FINAL",
              null)
          .then()
          .statusCode(201);
    }
    record(cdto, "UA-26", "CNAP_COUNT", "2019", "99", "FINAL", null).then().statusCode(201);

    List<String> whole =
        given()
            .queryParam("region", "UA-26")
            .queryParam("pageSize", 100)
            .get("/api/v1/exports/observations")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.collect { it.period + ' ' + it.indicatorCode + ' ' + it.value }");
    assertEquals(8, whole.size(), whole.toString());
    assertEquals(
        "2019 CNAP_COUNT 99.0", whole.get(whole.size() - 1), "a revision moves to the end");
    assertEquals(1, whole.stream().filter(row -> row.startsWith("2019 CNAP_COUNT")).count());

    List<String> paged = new ArrayList<>();
    List<Instant> revisedAt = new ArrayList<>();
    List<JsonPath> pages = ExportPages.of("UA-26", 3);
    for (JsonPath page : pages) {
      paged.addAll(
          page.getList("items.collect { it.period + ' ' + it.indicatorCode + ' ' + it.value }"));
      page.<String>getList("items.revisedAt").forEach(at -> revisedAt.add(Instant.parse(at)));
    }
    assertEquals(whole, paged);
    assertEquals(3, pages.size());
    assertEquals(revisedAt.stream().sorted().toList(), revisedAt, "pages follow revision time");

    String csv =
        given()
            .queryParam("region", "UA-26")
            .get("/api/v1/exports/observations.csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertEquals(9, csv.split("\n").length, csv);
    assertTrue(csv.split("\n")[8].startsWith("2019,UA-26,"), csv);

    for (String key :
        List.of(
            "99999999999999999999999999|UA-26|X|2019",
            "9223372036854775807000000000|UA-26|X|2019",
            "0999999999999999999000000000|UA-26|X|2019")) {
      given()
          .queryParam(
              "pageToken",
              java.util.Base64.getUrlEncoder()
                  .withoutPadding()
                  .encodeToString(("k1:" + key).getBytes()))
          .get("/api/v1/exports/observations")
          .then()
          .statusCode(400)
          .contentType(containsString("application/problem+json"))
          .body(containsString("pageToken"));
    }
    given()
        .queryParam("region", "UA-26\u0000")
        .get("/api/v1/exports/observations.csv")
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"));
  }

  @Test
  void aViewOfSomeIndicatorsKeepsTheWholeViewsRanksAndIndex() {
    record(Tokens.cdto("UA-05"), "UA-05", "INTERNET_COVERAGE", "2017", "70", "FINAL", null)
        .then()
        .statusCode(201);
    record(Tokens.cdto("UA-07"), "UA-07", "INTERNET_COVERAGE", "2017", "80", "FINAL", null)
        .then()
        .statusCode(201);
    record(Tokens.cdto("UA-12"), "UA-12", "INTERNET_COVERAGE", "2017", "80", "FINAL", null)
        .then()
        .statusCode(201);
    record(Tokens.cdto("UA-05"), "UA-05", "CNAP_COUNT", "2017", "12", "FINAL", null)
        .then()
        .statusCode(201);

    Map<String, Object> wholeIndex =
        given()
            .queryParam("period", "2017")
            .get("/api/v1/cross-region")
            .then()
            .statusCode(200)
            .body(
                "regions.find { it.regionCode == 'UA-05' }.indicators.indicatorCode",
                equalTo(List.of("CNAP_COUNT", "INTERNET_COVERAGE")))
            .extract()
            .path("regions.find { it.regionCode == 'UA-05' }.compositeIndex");
    given()
        .queryParam("period", "2017")
        .queryParam("indicator", "CNAP_COUNT")
        .get("/api/v1/cross-region")
        .then()
        .statusCode(200)
        .body(
            "regions.find { it.regionCode == 'UA-05' }.indicators.indicatorCode",
            equalTo(List.of("CNAP_COUNT")))
        .body("regions.find { it.regionCode == 'UA-05' }.compositeIndex", equalTo(wholeIndex))
        .body("regions.find { it.regionCode == 'UA-07' }.indicators", equalTo(List.of()));
    given()
        .queryParam("period", "2017")
        .queryParam("indicator", "INTERNET_COVERAGE")
        .get("/api/v1/cross-region")
        .then()
        .statusCode(200)
        .body("regions.find { it.regionCode == 'UA-07' }.indicators[0].rank", equalTo(1))
        .body("regions.find { it.regionCode == 'UA-12' }.indicators[0].rank", equalTo(1))
        .body("regions.find { it.regionCode == 'UA-05' }.indicators[0].rank", equalTo(3));
    given()
        .queryParam("period", "2017")
        .queryParam("indicator", "NO_SUCH_INDICATOR")
        .get("/api/v1/cross-region")
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"))
        .body(containsString("NO_SUCH_INDICATOR"));
  }

  @Test
  void aCorrectionIsANewRevisionAndTheOldValueStaysReadableAsOf() throws Exception {
    record(Tokens.cdto("UA-59"), "UA-59", "CNAP_COUNT", "2023", "41", "FINAL", null)
        .then()
        .statusCode(201);
    Instant between = Instant.now();
    Thread.sleep(20);
    record(Tokens.cdto("UA-59"), "UA-59", "CNAP_COUNT", "2023", "43", "FINAL", null)
        .then()
        .statusCode(201)
        .body("revision", equalTo(2));

    given()
        .queryParam("region", "UA-59")
        .queryParam("indicator", "CNAP_COUNT")
        .get("/api/v1/observations")
        .then()
        .body("items.size()", equalTo(1))
        .body("items[0].value", equalTo("43.0"));
    given()
        .queryParam("region", "UA-59")
        .queryParam("indicator", "CNAP_COUNT")
        .queryParam("asOf", between.toString())
        .get("/api/v1/observations")
        .then()
        .body("items[0].value", equalTo("41.0"))
        .body("items[0].revision", equalTo(1));
    given()
        .queryParam("region", "UA-59")
        .queryParam("indicator", "CNAP_COUNT")
        .queryParam("period", "2023")
        .get("/api/v1/observations/history")
        .then()
        .body("items.value", equalTo(java.util.List.of("41.0", "43.0")));
    given()
        .queryParam("updatedSince", between.toString())
        .queryParam("region", "UA-59")
        .get("/api/v1/exports/observations")
        .then()
        .body("items.size()", equalTo(1))
        .body("items[0].value", equalTo("43.0"));
  }

  @Test
  void concurrentRecordingsOfOneValueTakeConsecutiveRevisions() throws Exception {
    int writers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        String value = Integer.toString(10 + i);
        statuses.add(
            pool.submit(
                () ->
                    record(
                            Tokens.cdto("UA-71"),
                            "UA-71",
                            "CNAP_COUNT",
                            "2024",
                            value,
                            "FINAL",
                            null)
                        .statusCode()));
      }
      for (Future<Integer> status : statuses) {
        assertEquals(201, status.get());
      }
    } finally {
      pool.shutdown();
    }
    given()
        .queryParam("region", "UA-71")
        .queryParam("indicator", "CNAP_COUNT")
        .queryParam("period", "2024")
        .get("/api/v1/observations/history")
        .then()
        .body("items.revision", equalTo(List.of(1, 2, 3, 4, 5, 6, 7, 8)));
  }

  @Test
  void adminsManageTheCatalogue() {
    String body =
        """
        {"code": "OPEN_DATA_SETS", "nameUk": "Відкриті набори даних", "nameEn": "Open data sets", "unit": "COUNT",
         "higherIsBetter": true, "regionAggregation": "SUM", "timeAggregation": "LAST", "cumulative": true,
         "category": "GOVERNANCE", "methodology": "1", "periodicity": "YEAR"}
        """;
    given()
        .auth()
        .oauth2(Tokens.cdto("UA-53"))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/indicators")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/indicators")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/indicators")
        .then()
        .statusCode(409);
    String etag =
        given()
            .get("/api/v1/indicators/OPEN_DATA_SETS")
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(body.replace("Open data sets", "Open datasets"))
        .put("/api/v1/indicators/OPEN_DATA_SETS")
        .then()
        .statusCode(428);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(body.replace("Open data sets", "Open datasets"))
        .put("/api/v1/indicators/OPEN_DATA_SETS")
        .then()
        .statusCode(200)
        .body("nameEn", equalTo("Open datasets"));
    record(Tokens.cdto("UA-53"), "UA-53", "OPEN_DATA_SETS", "2025", "120", "FINAL", null)
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", "*")
        .body(body.replace("OPEN_DATA_SETS", "BUDGET_EXECUTION"))
        .put("/api/v1/indicators/BUDGET_EXECUTION")
        .then()
        .statusCode(409);
  }

  @Test
  void valuesOffTheirMethodologysScaleOrPeriodicityAreRefusedAndNothingIsStored() {
    String cdto = Tokens.cdto("UA-07");
    String[][] refused = {
      // indicator, period, value, methodology, the field named, what the rule is
      {"INTERNET_COVERAGE", "2019", "250", null, "value", "0 to 100"},
      {"INTERNET_COVERAGE", "2019", "-5", null, "value", "0 to 100"},
      {"CNAP_COUNT", "2019", "-1", null, "value", "0 to any"},
      {"CNAP_COUNT", "2019", "2.5", null, "value", "whole number"},
      {"DT_INDEX", "2018", "1.5", "2024", "value", "0 to 1"},
      {"INTERNET_COVERAGE", "2019-Q2", "50", null, "period", "annual"},
      {"DT_INDEX", "2018", "50", "2025", "period", "quarterly"},
      {"DT_INDEX", "2018-Q2", "50", "2031", "methodology", "not a methodology"},
    };
    for (String[] value : refused) {
      record(cdto, "UA-07", value[0], value[1], value[2], "FINAL", value[3])
          .then()
          .statusCode(422)
          .contentType(containsString("application/problem+json"))
          .body("errors[0].field", equalTo(value[4]))
          .body("errors[0].message", containsString(value[5]));
      given()
          .auth()
          .oauth2(Tokens.ministry())
          .queryParam("region", "UA-07")
          .queryParam("indicator", value[0])
          .queryParam("period", value[1])
          .get("/api/v1/observations")
          .then()
          .statusCode(200)
          .body("items", org.hamcrest.Matchers.empty());
    }
    record(cdto, "UA-07", "INTERNET_COVERAGE", "2019", "100", "FINAL", null).then().statusCode(201);
    record(cdto, "UA-07", "CNAP_COUNT", "2019", "0", "FINAL", null).then().statusCode(201);
    record(cdto, "UA-07", "DT_INDEX", "2018", "0.75", "FINAL", "2024").then().statusCode(201);
    record(cdto, "UA-07", "DT_INDEX", "2018-Q2", "75", "FINAL", "2025").then().statusCode(201);
  }

  @Test
  void aListNamesAnIndicatorOrAPeriodAndComesAPageAtATime() {
    String cdto = Tokens.cdto("UA-74");
    for (String year : List.of("2001", "2002", "2003")) {
      record(cdto, "UA-74", "DIIA_CENTRES", year, "1", "FINAL", null).then().statusCode(201);
    }
    record(cdto, "UA-74", "DIIA_CENTRES", "2004", "2", "PROVISIONAL", null).then().statusCode(201);
    given()
        .queryParam("region", "UA-74")
        .get("/api/v1/observations")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("indicator"));

    List<String> periods = new ArrayList<>();
    String token = "";
    int pages = 0;
    do {
      JsonPath page =
          given()
              .queryParam("region", "UA-74")
              .queryParam("indicator", "DIIA_CENTRES")
              .queryParam("pageSize", 2)
              .queryParam("pageToken", token)
              .get("/api/v1/observations")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      periods.addAll(page.getList("items.period"));
      token = page.getString("nextPageToken");
      pages++;
    } while (token != null);
    assertEquals(List.of("2001", "2002", "2003"), periods, "no PROVISIONAL value for the public");
    assertEquals(2, pages);
    given()
        .auth()
        .oauth2(cdto)
        .queryParam("region", "UA-74")
        .queryParam("indicator", "DIIA_CENTRES")
        .get("/api/v1/observations")
        .then()
        .statusCode(200)
        .body("items.period", equalTo(List.of("2001", "2002", "2003", "2004")));
  }

  @Test
  void regionsRolesAndTheCatalogueAreEnforced() {
    record(Tokens.cdto("UA-63"), "UA-53", "INTERNET_COVERAGE", "2022", "70", "FINAL", null)
        .then()
        .statusCode(403);
    record(Tokens.cdto("UA-53"), "UA", "DT_INDEX", "2025-Q3", "40", "FINAL", "2025")
        .then()
        .statusCode(403);
    record(Tokens.cdto("UA-53"), "UA-53", "BUDGET_EXECUTION", "2022", "70", "FINAL", null)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("indicatorCode"));
    record(Tokens.cdto("UA-53"), "UA-53", "NO_SUCH", "2022", "70", "FINAL", null)
        .then()
        .statusCode(422);
    record(Tokens.cdto("UA-53"), "UA-53", "DT_INDEX", "2025-Q3", "70", "FINAL", "1999")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("methodology"));
    record(Tokens.cdto("UA-53"), "UA-53", "INTERNET_COVERAGE", "2022-Q5", "70", "FINAL", null)
        .then()
        .statusCode(400);

    record(Tokens.cdto("UA-53"), "UA-53", "DIIA_CENTRES", "2026", "12", "PROVISIONAL", null)
        .then()
        .statusCode(201);
    given()
        .queryParam("indicator", "DIIA_CENTRES")
        .get("/api/v1/observations")
        .then()
        .body("items.regionCode", not(hasItem("UA-53")));
    given()
        .auth()
        .oauth2(Tokens.ministry())
        .queryParam("indicator", "DIIA_CENTRES")
        .get("/api/v1/observations")
        .then()
        .body("items.regionCode", hasItem("UA-53"));

    given()
        .auth()
        .oauth2(Tokens.cdto("UA-63"))
        .contentType(ContentType.JSON)
        .body(
            "{\"regionCode\": \"UA-63\", \"indicatorCode\": \"DIGITAL_WORKPLACES_PER_COMMUNITY\", \"targetYear\": 2027, \"baselineValue\": \"1\", \"targetValue\": \"3\", \"perUnitThreshold\": \"3\"}")
        .put("/api/v1/targets")
        .then()
        .statusCode(200)
        .body("targetValue", equalTo("3.0"));
    record(
            Tokens.cdto("UA-63"),
            "UA-63",
            "DIGITAL_WORKPLACES_PER_COMMUNITY",
            "2025",
            "2",
            "FINAL",
            null)
        .then()
        .statusCode(201);
    given()
        .queryParam("period", "2025")
        .get("/api/v1/cross-region")
        .then()
        .body(
            "regions.find { it.regionCode == 'UA-63' }.indicators.find { it.indicatorCode == 'DIGITAL_WORKPLACES_PER_COMMUNITY' }.progressPercent",
            equalTo("50.0"))
        .body(
            "regions.find { it.regionCode == 'UA-63' }.indicators.find { it.indicatorCode == 'DIGITAL_WORKPLACES_PER_COMMUNITY' }.target",
            equalTo("3.0"))
        .body(
            "regions.find { it.regionCode == 'UA-63' }.compositeIndex.value",
            org.hamcrest.Matchers.nullValue())
        .body(
            "regions.find { it.regionCode == 'UA-63' }.compositeIndex.coveragePercent",
            equalTo("25.0"))
        .body(
            "regions.find { it.regionCode == 'UA-63' }.compositeIndex.rank",
            org.hamcrest.Matchers.nullValue())
        .body("regions.find { it.regionCode == 'UA-63' }.compositeIndex.ranked", equalTo(false));
    given()
        .get("/api/v1/cross-region/composite-index-methodology")
        .then()
        .statusCode(200)
        .body("methodology", equalTo("DTM-1"))
        .body("components.size()", equalTo(4));
    given()
        .auth()
        .oauth2(Tokens.cdto("UA-53"))
        .contentType(ContentType.JSON)
        .body(
            "{\"regionCode\": \"UA-63\", \"indicatorCode\": \"CNAP_COUNT\", \"targetYear\": 2027, \"targetValue\": \"50\"}")
        .put("/api/v1/targets")
        .then()
        .statusCode(403);
  }
}
