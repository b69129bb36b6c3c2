package io.dtmonitor.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.dtmonitor.indicator.export.DownloadSlots;
import io.dtmonitor.indicator.export.ExportConfig;
import io.dtmonitor.platform.http.Slots;
import io.dtmonitor.platform.problem.ProblemException;
import io.dtmonitor.platform.testing.TestClock;
import io.dtmonitor.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Limits of the read side under a small configuration: a view larger than its limit is refused
 * whole and served for fewer indicators, and the dashboard lists fewer indicators instead of
 * failing; a CSV download over the bound on concurrent downloads is refused with a 503 and served
 * once a slot is free; a download read three values at a time holds the rows of the paged export.
 */
@QuarkusTest
@TestProfile(ReadLimitsTest.SmallLimits.class)
class ReadLimitsTest {

  /**
   * Views of at most 200 values (fewer than 27 regions x the whole catalogue, more than x 5), two
   * downloads at once, and downloads read three recorded values per query.
   */
  public static class SmallLimits implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "dtm.cross-region.max-values",
          "200",
          "dtm.export.max-concurrent-downloads",
          "2",
          "dtm.export.stream-chunk",
          "3");
    }
  }

  @Inject DownloadSlots downloads;
  @Inject TestClock clock;
  @Inject ExportConfig exportConfig;

  /**
   * Eight values recorded at one instant tie on revision time, so the chunks of three must continue
   * by the rest of the key (region, indicator, period): the download holds every row of the paged
   * JSON export once, in the same order.
   */
  @Test
  void aDownloadReadInChunksHoldsTheRowsOfThePagedExportInOrder() throws IOException {
    String cdto = Tokens.cdto("UA-71");
    clock.setKyiv("2024-03-01T12:00");
    try {
      for (int year = 2018; year <= 2022; year++) {
        IndicatorsTest.record(
                cdto, "UA-71", "CNAP_COUNT", Integer.toString(year), "7", "FINAL", null)
            .then()
            .statusCode(201);
      }
      for (int year = 2019; year <= 2021; year++) {
        IndicatorsTest.record(
                cdto, "UA-71", "INTERNET_COVERAGE", Integer.toString(year), "71", "FINAL", null)
            .then()
            .statusCode(201);
      }
    } finally {
      clock.reset();
    }

    List<String> paged = new ArrayList<>();
    for (JsonPath page : ExportPages.of("UA-71", 2)) {
      paged.addAll(
          page.getList(
              "items.collect { it.period + ' ' + it.regionCode + ' ' + it.indicatorCode + ' '"
                  + " + it.revisedAt }"));
    }

    String csv =
        given()
            .queryParam("region", "UA-71")
            .get("/api/v1/exports/observations.csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    List<String> streamed = new ArrayList<>();
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(csv)) {
      rows.forEachRemaining(
          row ->
              streamed.add(
                  String.join(
                      " ",
                      row.get("period"),
                      row.get("regionCode"),
                      row.get("indicatorCode"),
                      row.get("revisedAt"))));
    }

    assertEquals(3, exportConfig.streamChunk(), "the download is read in chunks of three");
    long tied = paged.stream().filter(row -> row.endsWith(" 2024-03-01T10:00:00Z")).count();
    assertTrue(tied >= 8, "the values recorded at one instant: " + paged);
    assertEquals(paged.size(), new HashSet<>(paged).size(), "no row twice: " + paged);
    assertEquals(paged, streamed);
  }

  @Test
  void aDownloadOverTheBoundIsRefusedUntilASlotIsFree() throws InterruptedException {
    Slots.Slot first = downloads.take();
    Slots.Slot second = downloads.take();
    try {
      given()
          .get("/api/v1/exports/observations.csv")
          .then()
          .statusCode(503)
          .contentType(containsString("application/problem+json"))
          .header("Retry-After", notNullValue())
          .body("detail", containsString("Too many CSV downloads"));
      second.close();
      second.close();
      given()
          .get("/api/v1/exports/observations.csv")
          .then()
          .statusCode(200)
          .contentType(containsString("text/csv"));
      Slots.Slot again = awaitFreeSlot();
      try {
        given().get("/api/v1/exports/observations.csv").then().statusCode(503);
      } finally {
        again.close();
      }
    } finally {
      first.close();
      second.close();
    }
  }

  /** The slot the finished download held, freed when its response ended. */
  private Slots.Slot awaitFreeSlot() throws InterruptedException {
    for (int attempt = 0; attempt < 50; attempt++) {
      try {
        return downloads.take();
      } catch (ProblemException busy) {
        Thread.sleep(100);
      }
    }
    throw new AssertionError("the finished download never freed its slot");
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

  /**
   * The whole catalogue for 27 regions is over the limit, so the dashboard opened without a choice
   * lists the composite index's indicators and says so, instead of failing; a reader's choice is
   * listed as chosen, and a choice over the limit is a problem.
   */
  @Test
  void theDashboardOfAViewOverTheLimitListsTheIndexIndicatorsOrTheChosenOnes() {
    String cdto = Tokens.cdto("UA-46");
    IndicatorsTest.record(cdto, "UA-46", "CNAP_COUNT", "2023", "12", "FINAL", null)
        .then()
        .statusCode(201);
    IndicatorsTest.record(cdto, "UA-46", "INTERNET_COVERAGE", "2023", "81", "FINAL", null)
        .then()
        .statusCode(201);

    String narrowed =
        given()
            .queryParam("period", "2023")
            .get("/dashboard")
            .then()
            .statusCode(200)
            .contentType(containsString("text/html"))
            .extract()
            .asString();
    assertTrue(narrowed.contains("id=\"narrowed\""), "the page says what it left out");
    assertTrue(narrowed.contains("<td>INTERNET_COVERAGE</td>"), "an index indicator is listed");
    assertFalse(narrowed.contains("<td>CNAP_COUNT</td>"), "an indicator outside the index is not");
    assertTrue(
        narrowed.contains(
            "indicator=BUDGET_EXECUTION&amp;indicator=DIGITAL_WORKPLACES_PER_COMMUNITY"
                + "&amp;indicator=INTERNET_COVERAGE&amp;indicator=REPORT_TIMELINESS\">JSON</a>"),
        "the JSON link is the listed view");

    String chosen =
        given()
            .queryParam("period", "2023")
            .queryParam("indicator", "CNAP_COUNT")
            .get("/dashboard")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertFalse(chosen.contains("id=\"narrowed\""), "a chosen listing is not narrowed");
    assertTrue(chosen.contains("<td>CNAP_COUNT</td>"), "the chosen indicator is listed");
    assertFalse(chosen.contains("<td>INTERNET_COVERAGE</td>"), "and only it");
    assertTrue(chosen.contains("<option value=\"CNAP_COUNT\" selected>"), "shown as chosen");

    given()
        .queryParam("period", "2023")
        .queryParam(
            "indicator", "CNAP_COUNT", "DIIA_CENTRES", "DIGITAL_SERVICES", "EMALYATKO_COMMUNITIES")
        .get("/dashboard")
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"))
        .body("errors[0].field", equalTo("indicator"))
        .body("errors[0].message", containsString("over the limit of 200"));
  }
}
