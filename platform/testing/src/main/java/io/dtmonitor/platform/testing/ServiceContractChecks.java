package io.dtmonitor.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Checks every service's published API document, health and metrics endpoints pass. */
public final class ServiceContractChecks {

  private ServiceContractChecks() {}

  /**
   * The OpenAPI document is 3.0.x; every operation has a unique explicit operationId, a summary,
   * tags and a documented problem response; the expected operations are present.
   */
  public static void assertOpenApiDocument(List<String> expectedOperationIds) {
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
                  Map<?, ?> responses = (Map<?, ?>) operation.get("responses");
                  assertTrue(
                      responses.containsKey("default"), where + " documents its problem responses");
                  operationIds.add((String) operation.get("operationId"));
                }));
    assertEquals(
        operationIds.size(), new HashSet<>(operationIds).size(), "unique: " + operationIds);
    assertTrue(
        operationIds.containsAll(expectedOperationIds), "missing some of " + expectedOperationIds);
    assertTrue(spec.getMap("components.schemas").containsKey("Problem"));
  }

  /**
   * The document the code produces equals the one committed as {@code docs/api/<service>.yaml}, so
   * every API change shows up in review. Run the build with {@code -Ddtm.api.write=true} to write
   * the current document there instead.
   */
  public static void assertCommittedDocument(String service) throws java.io.IOException {
    String produced =
        given()
            .queryParam("format", "yaml")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    java.nio.file.Path committed =
        EventSchemas.directory().getParent().resolve("api").resolve(service + ".yaml");
    if (Boolean.getBoolean("dtm.api.write")) {
      java.nio.file.Files.createDirectories(committed.getParent());
      java.nio.file.Files.writeString(committed, produced);
      return;
    }
    assertTrue(
        java.nio.file.Files.exists(committed),
        committed + " is missing; build with -Ddtm.api.write=true and commit it");
    assertEquals(
        java.nio.file.Files.readString(committed),
        produced,
        "docs/api/"
            + service
            + ".yaml differs from what the code produces; build with -Ddtm.api.write=true and commit the change");
  }

  /**
   * Health is UP and Prometheus metrics include a request to {@code apiPath}, both on the
   * management port only.
   */
  public static void assertHealthAndMetrics(String apiPath) {
    ManagementInterface.given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"));
    ManagementInterface.given()
        .get("/q/health/live")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"));
    given().get(apiPath).then().statusCode(200);
    given().get("/q/health/ready").then().statusCode(404);
    given().get("/q/metrics").then().statusCode(404);
    ManagementInterface.given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("jvm_memory_used_bytes"))
        .body(containsString("uri=\"" + apiPath + "\""));
  }

  /**
   * The pipeline reports itself: readiness holds the relay's check and each consumer's, and the
   * metrics hold the outbox backlog and, for each consumer, its group's lag, which the service
   * reads from the broker under its own Kafka identity (so its ACLs must allow it).
   */
  public static void assertPipelineReported(String... consumers) {
    JsonPath ready =
        ManagementInterface.given()
            .get("/q/health/ready")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals("UP", ready.getString("checks.find { it.name == 'outbox-relay' }.status"));
    for (String consumer : consumers) {
      assertEquals(
          "polling",
          ready.getString("checks.find { it.name == 'inbox-consumers' }.data['" + consumer + "']"),
          consumer + " is reported");
    }
    assertFalse(Double.isNaN(PrometheusMetrics.sum("dtm_outbox_unpublished", Map.of())));
    for (String consumer : consumers) {
      long deadline = System.nanoTime() + java.time.Duration.ofSeconds(40).toNanos();
      while (Double.isNaN(
          PrometheusMetrics.sum("dtm_inbox_lag_events", Map.of("consumer", consumer)))) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("no dtm_inbox_lag_events of " + consumer + " in 40 s");
        }
        pause();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
