package io.dtmonitor.programme.version;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtmonitor.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Registering, amending and adopting Poltava's programme leaves its trail: each write of the
 * programme and of each version, by whom and through which operation, with what it changed; a CDTO
 * of another region reads none of it.
 */
@QuarkusTest
class AuditTrailTest {

  @Test
  void everyWriteOfTheProgrammeAndItsVersionsIsInTheTrail() {
    String id = VersionRequests.adoptedPoltavaProgramme();

    JsonPath programme = trail(Tokens.ministry(), "programme", id);
    assertEquals(List.of("registerProgramme"), programme.getList("items.operation"));
    assertEquals(Tokens.subjectOf("cdto-ua-53"), programme.getString("items[0].actor"));
    assertEquals("UA-53", programme.getString("items[0].patch[0].value.regionCode"));

    JsonPath first = trail(Tokens.ministry(), "programme-version", id + "/1");
    assertEquals(
        List.of("importDraftVersion", "adoptVersion", "adoptVersion"),
        first.getList("items.operation"));
    assertTrue(
        first.getList("items[2].patch", Map.class).stream()
            .anyMatch(
                op -> op.equals(Map.of("op", "replace", "path", "/status", "value", "SUPERSEDED"))),
        () -> "v1 superseded: " + first.getList("items[2].patch"));

    JsonPath second = trail(Tokens.ministry(), "programme-version", id + "/2");
    assertEquals(
        List.of("startAmendment", "importDraftVersion", "adoptVersion"),
        second.getList("items.operation"));
    List<Map<String, Object>> imported = second.getList("items[1].patch");
    assertTrue(
        imported.stream().allMatch(op -> ((String) op.get("path")).startsWith("/")),
        () -> "the import changes parts, not the whole version: " + imported);
    assertTrue(
        imported.stream().anyMatch(op -> ((String) op.get("path")).startsWith("/document/")),
        () -> "the import changes the content: " + imported);

    assertEquals(
        List.of(), trail(Tokens.cdto("UA-63"), "programme-version", id + "/2").getList("items"));
  }

  private static JsonPath trail(String token, String type, String id) {
    return given()
        .auth()
        .oauth2(token)
        .queryParam("objectType", type)
        .queryParam("objectId", id)
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
