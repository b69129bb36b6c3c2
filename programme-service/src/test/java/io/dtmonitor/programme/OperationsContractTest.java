package io.dtmonitor.programme;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published API document, health and metrics endpoints a deployment relies on. */
@QuarkusTest
class OperationsContractTest {

  @Test
  void openApiIs30WithUniqueExplicitOperationIdsSummariesAndTags() {
    JsonPath spec =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertTrue(spec.getString("openapi").startsWith("3.0."), spec.getString("openapi"));

    Map<String, Map<String, Map<String, Object>>> paths = spec.getMap("paths");
    List<String> operationIds = new ArrayList<>();
    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, operation) -> {
                  String where = method.toUpperCase() + " " + path;
                  assertTrue(
                      operation.get("operationId") instanceof String,
                      where + " has an operationId");
                  assertTrue(operation.get("summary") instanceof String, where + " has a summary");
                  assertFalse(((List<?>) operation.get("tags")).isEmpty(), where + " has tags");
                  operationIds.add((String) operation.get("operationId"));
                }));
    assertEquals(
        operationIds.size(), new HashSet<>(operationIds).size(), "unique: " + operationIds);
    assertTrue(
        operationIds.containsAll(
            List.of(
                "registerProgramme",
                "listProgrammes",
                "getProgramme",
                "updateProgramme",
                "listRegions",
                "getRegion")));
    assertTrue(spec.getMap("components.schemas").containsKey("Problem"));
  }

  @Test
  void healthAndPrometheusMetricsAreServed() {
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    given().get("/api/v1/regions").then().statusCode(200);
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("jvm_memory_used_bytes"))
        .body(containsString("uri=\"/api/v1/regions\""));
  }
}
