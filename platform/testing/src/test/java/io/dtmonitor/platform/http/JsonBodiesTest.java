package io.dtmonitor.platform.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A request body is checked whole: one 400 names every value of the wrong kind or form, every
 * unknown field and every missing one, each with its path and JSON Pointer; wrong-typed scalars are
 * refused rather than converted; a document that fits is bound as sent.
 */
@QuarkusTest
class JsonBodiesTest {

  @Test
  void namesEveryProblemOfADocumentInOneAnswer() {
    JsonPath problem =
        post("""
                {"titleUk": true, "amount": "1 200,0", "adopted": "15.01.2026", "kind": 0,
                 "urgent": "yes", "colour": "red",
                 "lines": [{"code": "1.1", "amount": 5, "links": ["a", 7]}, {"amount": "1.0"}, null],
                 "byCode": {"2.1": {"code": 21}}}
                """)
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .extract()
            .jsonPath();

    Map<String, String> expected = new TreeMap<>();
    expected.put("/amount", "invalid value (use a decimal in a JSON string with a dot");
    expected.put("/adopted", "invalid value (use a date as YYYY-MM-DD");
    expected.put("/byCode/2.1/code", "wrong type (use a JSON string)");
    expected.put("/colour", "unknown field");
    expected.put("/firstYear", "must not be null");
    expected.put("/kind", "wrong type (one of FIXED, WITHIN_FUNDING)");
    expected.put("/lines/0/amount", "wrong type (use a decimal in a JSON string with a dot");
    expected.put("/lines/0/links/1", "wrong type (use a JSON string)");
    expected.put("/lines/1/code", "must not be blank");
    expected.put("/lines/2", "must not be null");
    expected.put("/titleUk", "wrong type (use a JSON string)");
    expected.put("/urgent", "wrong type (use true or false)");
    Map<String, String> actual = new TreeMap<>();
    List<Map<String, String>> errors = problem.getList("errors");
    errors.forEach(error -> actual.put(error.get("pointer"), error.get("message")));
    assertEquals(expected.keySet(), actual.keySet(), () -> "errors: " + errors);
    expected.forEach(
        (pointer, message) ->
            assertEquals(
                true,
                actual.get(pointer).startsWith(message),
                pointer + ": " + actual.get(pointer)));
    assertEquals(
        "lines[0].links[1]",
        errors.stream()
            .filter(error -> error.get("pointer").equals("/lines/0/links/1"))
            .findFirst()
            .orElseThrow()
            .get("field"));
  }

  @Test
  void bindsADocumentThatFitsAsSent() {
    String document =
        """
        {"titleUk":"Цифрова Полтава","firstYear":2021,"amount":"1200.0","adopted":"2021-01-15",\
        "kind":"WITHIN_FUNDING","urgent":true,"lines":[{"code":"1.1","amount":"0.500",\
        "links":["https://rada.gov.ua"]}],"byCode":{"1.1":{"code":"1.1","amount":null,"links":null}}}\
        """;
    String body = post(document).then().statusCode(200).extract().asString();
    JsonPath echoed = JsonPath.from(body);

    assertEquals("Цифрова Полтава", echoed.getString("titleUk"));
    assertEquals("1200.0", echoed.getString("amount"));
    assertEquals(true, body.contains("\"amount\":0.500"), body);
    assertEquals("WITHIN_FUNDING", echoed.getString("kind"));
  }

  @Test
  void constraintsOfADocumentThatFitsCarryPointersAndParametersDoNot() {
    List<Map<String, String>> errors =
        given()
            .contentType(ContentType.JSON)
            .queryParam("limit", 11)
            .body("{\"titleUk\":\" \",\"firstYear\":2021,\"amount\":\"1.0\",\"lines\":[{}]}")
            .post("/probe/bodies")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath()
            .getList("errors");

    Map<String, String> pointers = new TreeMap<>();
    errors.forEach(error -> pointers.put(error.get("field"), String.valueOf(error.get("pointer"))));
    assertEquals(
        Map.of("limit", "null", "lines[0].code", "/lines/0/code", "titleUk", "/titleUk"), pointers);
  }

  private static io.restassured.response.Response post(String body) {
    return given().contentType(ContentType.JSON).body(body).post("/probe/bodies");
  }
}
