package io.dtmonitor.reporting.report;

import static io.restassured.RestAssured.given;

import io.dtmonitor.platform.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Calls of the report API the tests share. */
public final class ReportCalls {

  static final String POLTAVA = "UA-53";

  /** The 30 measure codes of Poltava's version 2. */
  static final List<String> MEASURES =
      List.of(
          "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "2.1", "2.2", "2.3", "3.1",
          "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.10", "3.11", "3.12", "3.13",
          "3.14", "4.1", "4.2", "4.3", "4.4");

  private ReportCalls() {}

  static RequestSpecification cdto() {
    return given().auth().oauth2(Tokens.cdto(POLTAVA)).contentType(ContentType.JSON);
  }

  static RequestSpecification reviewer() {
    return given().auth().oauth2(Tokens.reviewer(POLTAVA)).contentType(ContentType.JSON);
  }

  static String create(UUID programme, String period) {
    return create(POLTAVA, programme, period);
  }

  /** Creates the report of {@code period} as the CDTO of {@code region}; returns its id. */
  public static String create(String region, UUID programme, String period) {
    return given()
        .auth()
        .oauth2(Tokens.cdto(region))
        .contentType(ContentType.JSON)
        .body("{\"period\": \"" + period + "\"}")
        .post("/api/v1/programmes/" + programme + "/reports")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static String etag(String report) {
    return cdto().get("/api/v1/reports/" + report).then().statusCode(200).extract().header("ETag");
  }

  /**
   * Every line whole (as PUT requires), zero except the given measures' funded and spent
   * year-to-date amounts.
   */
  static String lines(Map<String, String[]> values, Map<String, String> correctionNotes) {
    StringBuilder body = new StringBuilder("{\"lines\": [");
    for (int i = 0; i < MEASURES.size(); i++) {
      String code = MEASURES.get(i);
      String[] money = values.getOrDefault(code, new String[] {"0", "0"});
      body.append(i == 0 ? "" : ",")
          .append("{\"measureCode\": \"")
          .append(code)
          .append("\", \"fundedYtd\": \"")
          .append(money[0])
          .append("\", \"spentYtd\": \"")
          .append(money[1])
          .append("\", \"measureStatus\": \"IN_PROGRESS\", \"narrative\": null")
          .append(", \"evidenceLinks\": [], \"correctionNote\": ")
          .append(
              correctionNotes.containsKey(code) ? '"' + correctionNotes.get(code) + '"' : "null")
          .append('}');
    }
    return body.append("]}").toString();
  }

  static Map<String, String[]> money(String... codeFundedSpent) {
    Map<String, String[]> values = new LinkedHashMap<>();
    for (int i = 0; i < codeFundedSpent.length; i += 3) {
      values.put(codeFundedSpent[i], new String[] {codeFundedSpent[i + 1], codeFundedSpent[i + 2]});
    }
    return values;
  }

  static Response fill(String report, String body) {
    return cdto()
        .header("If-Match", etag(report))
        .body(body)
        .put("/api/v1/reports/" + report + "/lines");
  }

  static Response submit(String report) {
    return cdto()
        .header("If-Match", etag(report))
        .post("/api/v1/reports/" + report + "/submission");
  }

  static Response review(String report, String body) {
    return reviewer()
        .header("If-Match", etag(report))
        .body(body)
        .post("/api/v1/reports/" + report + "/review");
  }

  static Response accept(String report) {
    return review(report, "{\"decision\": \"ACCEPT\"}");
  }
}
