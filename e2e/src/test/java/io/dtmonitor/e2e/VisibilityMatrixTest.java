package io.dtmonitor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtmonitor.e2e.RunningSuite.Service;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Who sees a PROVISIONAL value, read by read: Poltava's CDTO records one, and every read that could
 * hold it (lists, history, the cross-region view, both exports with and without {@code status}) is
 * called by every kind of caller. The expected answer of each cell is written once in {@code
 * visibility-matrix.tsv}, beside the authorization matrix.
 */
@Order(4)
class VisibilityMatrixTest {

  private static final Path EXPECTED = Path.of("src/test/resources/visibility-matrix.tsv");
  private static final List<Caller> CALLERS = AuthorizationMatrixTest.ROLES;
  private static final String PERIOD = "2018";
  private static final String PROBE =
      "region=" + Caller.OWN_REGION + "&indicator=" + MatrixFixture.INDICATOR;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A read: where it is, and how to tell whether its answer holds the PROVISIONAL value. */
  private record Read(String path, Predicate<String> holdsTheValue) {}

  private static final Map<String, Read> READS = reads();

  @BeforeAll
  static void recordAProvisionalValue() throws Exception {
    SeededSuite.firstImport();
    MatrixFixture.shared();
    HttpResponse<String> recorded =
        send(
            HttpRequest.newBuilder(indicator("/api/v1/observations"))
                .header("Authorization", "Bearer " + Caller.OWN_CDTO.token())
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        """
                        {"regionCode": "%s", "indicatorCode": "%s", "period": "%s", "value": "2", "status": "PROVISIONAL"}
                        """
                            .formatted(Caller.OWN_REGION, MatrixFixture.INDICATOR, PERIOD))));
    assertEquals(201, recorded.statusCode(), recorded.body());
  }

  @Test
  void everyReadShowsAProvisionalValueOnlyToItsAudience() throws Exception {
    Map<String, List<String>> expected = expected();
    assertEquals(expected.keySet(), READS.keySet(), "visibility-matrix.tsv lists every read");
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, Read> read : READS.entrySet()) {
      for (int column = 0; column < CALLERS.size(); column++) {
        Caller caller = CALLERS.get(column);
        HttpRequest.Builder request = HttpRequest.newBuilder(indicator(read.getValue().path()));
        if (caller.token() != null) {
          request.header("Authorization", "Bearer " + caller.token());
        }
        HttpResponse<String> response = send(request.GET());
        String observed =
            switch (response.statusCode()) {
              case 200 ->
                  read.getValue().holdsTheValue().test(response.body()) ? "shown" : "absent";
              case 401 -> "unauthenticated";
              case 403 -> "forbidden";
              default -> "answered " + response.statusCode() + ": " + response.body();
            };
        String wanted = expected.get(read.getKey()).get(column);
        if (!wanted.equals(observed)) {
          failures.add(
              read.getKey() + " for " + caller + ": expected " + wanted + ", got " + observed);
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  private static Map<String, Read> reads() {
    Map<String, Read> reads = new LinkedHashMap<>();
    String filter = "?" + PROBE + "&period=" + PERIOD;
    reads.put("listObservations", new Read("/api/v1/observations" + filter, items("items")));
    reads.put(
        "getObservationHistory", new Read("/api/v1/observations/history" + filter, items("items")));
    reads.put(
        "getCrossRegionView",
        new Read(
            "/api/v1/cross-region?period=" + PERIOD + "&indicator=" + MatrixFixture.INDICATOR,
            VisibilityMatrixTest::inView));
    for (String status : List.of("", "&status=ALL", "&status=PROVISIONAL")) {
      reads.put(
          "exportObservationsJson" + status.replace('&', '?'),
          new Read("/api/v1/exports/observations" + filter + status, items("items")));
    }
    for (String status : List.of("", "&status=ALL")) {
      reads.put(
          "exportObservationsCsv" + status.replace('&', '?'),
          new Read(
              "/api/v1/exports/observations.csv" + filter + status,
              csv ->
                  csv.lines()
                      .anyMatch(
                          row ->
                              row.startsWith(PERIOD + "," + Caller.OWN_REGION + ",")
                                  && row.contains(MatrixFixture.INDICATOR))));
    }
    return reads;
  }

  /** Whether the JSON answer's array holds the probe's value of the period. */
  private static Predicate<String> items(String array) {
    return body -> {
      JsonNode answer = json(body);
      return StreamSupport.stream(answer.path(array).spliterator(), false)
          .anyMatch(
              item ->
                  Caller.OWN_REGION.equals(item.path("regionCode").asText())
                      && MatrixFixture.INDICATOR.equals(item.path("indicatorCode").asText())
                      && PERIOD.equals(item.path("period").asText()));
    };
  }

  private static boolean inView(String body) {
    return StreamSupport.stream(json(body).path("regions").spliterator(), false)
        .filter(region -> Caller.OWN_REGION.equals(region.path("regionCode").asText()))
        .flatMap(region -> StreamSupport.stream(region.path("indicators").spliterator(), false))
        .anyMatch(
            value ->
                MatrixFixture.INDICATOR.equals(value.path("indicatorCode").asText())
                    && !value.path("value").isNull()
                    && !value.path("value").isMissingNode());
  }

  private static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  private static URI indicator(String pathAndQuery) {
    return RunningSuite.get().baseUri(Service.INDICATOR).resolve(pathAndQuery);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return HTTP.send(
        request.timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static Map<String, List<String>> expected() throws IOException {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (String line : Files.readAllLines(EXPECTED)) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("read\t")) {
        continue;
      }
      List<String> cells = Arrays.asList(line.split("\t"));
      expected.put(cells.get(0), cells.subList(1, cells.size()));
    }
    return expected;
  }
}
