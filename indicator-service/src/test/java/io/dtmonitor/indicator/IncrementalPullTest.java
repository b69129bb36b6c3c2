package io.dtmonitor.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The incremental pull: each pull hands out a change token, and the next pull sent it returns
 * exactly the rows written after the first began, although a value's transaction may commit long
 * after the time it was recorded at, and writes go on while the pulls page.
 */
@QuarkusTest
class IncrementalPullTest {

  private static final String CNAP_COUNT = "CNAP_COUNT";

  @Inject DataSource database;

  /** One pull of a region, page by page: its rows and its change token. */
  private record Pull(List<Map<String, String>> rows, String changeToken) {

    static Pull of(String region, String changedSince, int pageSize) {
      List<Map<String, String>> rows = new ArrayList<>();
      String changeToken = null;
      String pageToken = "";
      while (pageToken != null) {
        JsonPath page =
            given()
                .queryParam("region", region)
                .queryParam("pageSize", pageSize)
                .queryParam("pageToken", pageToken)
                .queryParam("changedSince", changedSince == null ? "" : changedSince)
                .get("/api/v1/exports/observations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        rows.addAll(page.getList("items"));
        String token = page.getString("changeToken");
        assertNotNull(token, "every page hands out the pull's change token");
        if (changeToken != null) {
          assertEquals(changeToken, token, "the pages of one pull hand out the same token");
        }
        changeToken = token;
        pageToken = page.getString("nextPageToken");
      }
      return new Pull(rows, changeToken);
    }

    List<String> values() {
      return rows.stream().map(row -> row.get("value")).toList();
    }
  }

  @Test
  void aValueCommittedAfterAPullBeganComesWithTheNextPullThoughRecordedEarlier() throws Exception {
    String region = "UA-68";
    try (Connection slow = database.getConnection()) {
      slow.setAutoCommit(false);
      try (Statement insert = slow.createStatement()) {
        insert.executeUpdate(
            """
            insert into indicator.observation (id, region_code, indicator_code, period, revision, value,
                                               status, methodology, recorded_at, recorded_by)
            values (gen_random_uuid(), '%s', '%s', '2011', 1, 7, 'FINAL', '1',
                    now() - interval '1 minute', 'slow writer')
            """
                .formatted(region, CNAP_COUNT));
      }
      ObservationCalls.recordFinal(region, CNAP_COUNT, "2012", "8");

      Pull first = Pull.of(region, null, 100);
      assertEquals(List.of("8.0"), first.values(), "the slow writer has not committed yet");
      String lastRevisedAt = first.rows().get(0).get("revisedAt");
      slow.commit();

      assertEquals(
          List.of(),
          given()
              .queryParam("region", region)
              .queryParam("updatedSince", lastRevisedAt)
              .get("/api/v1/exports/observations")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("items.value"),
          "updatedSince misses a value recorded before the last row it saw");
      Pull second = Pull.of(region, first.changeToken(), 100);
      assertEquals(List.of("7.0"), second.values(), "the change token does not");
      assertEquals(List.of(), Pull.of(region, second.changeToken(), 100).values());
    }
  }

  @Test
  void aCsvDownloadHandsOutTheTokenOfItsPull() {
    String region = "UA-09";
    ObservationCalls.recordFinal(region, CNAP_COUNT, "2011", "3");
    Response download =
        given().queryParam("region", region).get("/api/v1/exports/observations.csv");
    download.then().statusCode(200);
    String token = download.header("DTM-Change-Token");
    assertNotNull(token, "the download names its change token");
    assertEquals(List.of(), Pull.of(region, token, 100).values());

    ObservationCalls.recordFinal(region, CNAP_COUNT, "2011", "4");
    String since =
        given()
            .queryParam("region", region)
            .queryParam("changedSince", token)
            .get("/api/v1/exports/observations.csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertEquals(List.of("4.0"), CsvRows.column(since, "value"), "the one row written since");
  }

  @Test
  void aTokenTheServiceDidNotHandOutIsA400NamingIt() {
    for (String token : List.of("yesterday", "YzE6MTI6MTMsMTQ", "YzE6OTo6")) {
      given()
          .queryParam("changedSince", token)
          .get("/api/v1/exports/observations")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("changedSince"));
    }
  }

  @Test
  void writesThatRaceThePullsArePulledExactlyOnceAndTheLastPullEndsCurrent() throws Exception {
    String region = "UA-48";
    int writers = 4;
    int writesEach = 12;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Pull> pulls = new ArrayList<>();
    try {
      List<Future<?>> writing = new ArrayList<>();
      for (int writer = 0; writer < writers; writer++) {
        int first = writer * 1000;
        writing.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < writesEach; i++) {
                    String period = Integer.toString(2001 + i % 5);
                    ObservationCalls.recordFinal(
                        region, CNAP_COUNT, period, Integer.toString(first + i));
                  }
                }));
      }
      String token = null;
      while (!writing.stream().allMatch(Future::isDone)) {
        Pull pull = Pull.of(region, token, 3);
        pulls.add(pull);
        token = pull.changeToken();
      }
      for (Future<?> done : writing) {
        done.get();
      }
      pulls.add(Pull.of(region, token, 3));
    } finally {
      pool.shutdownNow();
    }

    Set<String> seen = new HashSet<>();
    Map<String, String> pulled = new HashMap<>();
    for (Pull pull : pulls) {
      for (Map<String, String> row : pull.rows()) {
        assertTrue(seen.add(row.get("value")), "pulled twice: " + row);
        pulled.put(row.get("period"), row.get("value"));
      }
    }
    Map<String, String> current = new HashMap<>();
    Pull.of(region, null, 100)
        .rows()
        .forEach(row -> current.put(row.get("period"), row.get("value")));
    assertEquals(5, current.size());
    assertEquals(current, pulled, "after " + pulls.size() + " pulls");
  }
}
