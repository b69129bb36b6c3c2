package io.dtmonitor.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * whole and served for fewer indicators; a CSV download over the bound on concurrent downloads is
 * refused with a 503 and served once a slot is free; a download read three values at a time holds
 * the rows of the paged export.
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
}
