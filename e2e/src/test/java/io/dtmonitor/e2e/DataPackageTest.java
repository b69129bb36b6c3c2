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
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The ministry's data package as its users' tools read it: the Frictionless reference library for
 * JavaScript (datapackage-js) loads {@code datapackage.json} from the running service, validates
 * it, and reads and casts every row of the CSVs it points to. The package an anonymous caller gets
 * holds only FINAL values of Ukraine's regions, as many as the JSON export, and the plan and
 * execution of the accepted reports.
 */
@Order(3)
class DataPackageTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theReferenceLibraryLoadsAndCastsEveryRowOfTheAnonymousPackage() throws Exception {
    SeededSuite.firstImport();
    URI base = RunningSuite.get().baseUri(Service.INDICATOR);
    int before = jsonExportRows(base);

    JsonNode result = read(base.resolve("/api/v1/exports/datapackage.json"));

    assertTrue(result.path("valid").asBoolean(), "the descriptor is invalid: " + result);
    JsonNode observations = result.path("resources").path(0);
    assertEquals("observations", observations.path("name").asText());
    assertTrue(
        observations.path("everyRevisedAtADate").asBoolean(), "revisedAt did not cast to a date");
    assertEquals(
        List.of("FINAL"),
        texts(observations.path("distinct").path("status")),
        "an anonymous package holds no PROVISIONAL value");
    assertEquals(List.of("UA"), texts(observations.path("distinct").path("jurisdiction")));
    int after = jsonExportRows(base);
    if (before == after) {
      assertEquals(
          after,
          observations.path("rows").asInt(),
          "the CSV holds as many rows as the JSON export with the same defaults");
    }
    assertTrue(observations.path("rows").asInt() > 0, "the seeded values are exported");
    JsonNode execution = result.path("resources").path(1);
    assertEquals("programme-execution", execution.path("name").asText());
    assertTrue(
        execution.path("rows").asInt() > 0, "the seeded accepted reports are exported: " + result);
    assertEquals(List.of("UA"), texts(execution.path("distinct").path("jurisdiction")));
  }

  private static JsonNode read(URI descriptor) throws IOException, InterruptedException {
    return NodeScript.run("datapackage-check.cjs", descriptor.toString(), "status", "jurisdiction");
  }

  /** The rows of the anonymous JSON export, every page followed. */
  private static int jsonExportRows(URI base) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    int rows = 0;
    String token = "";
    do {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(
                      base.resolve("/api/v1/exports/observations?pageSize=100&pageToken=" + token))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), response.body());
      JsonNode page = JSON.readTree(response.body());
      rows += page.path("items").size();
      token = page.path("nextPageToken").asText("");
    } while (!token.isEmpty());
    return rows;
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}
