package io.dtmonitor.reporting.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.dtmonitor.platform.testing.TestClock;
import io.dtmonitor.platform.testing.Tokens;
import io.dtmonitor.reporting.integration.ProgrammeEventsFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A region fixes one figure of a line without resending the line: a JSON Merge Patch (RFC 7396)
 * keyed by measure code changes what it names, clears what it sets to null and keeps the rest,
 * where a PUT of the same partial line would reset the fields it leaves out.
 */
@QuarkusTest
class LinesMergePatchTest {

  private static final String REGION = "UA-21";
  private static final String LINE = "lines.find { it.measureCode == '1.1' }";
  private static final String OTHER_LINE = "lines.find { it.measureCode == '1.2' }";

  @Inject ProgrammeEventsFixture programmes;
  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aPatchChangesWhatItNamesClearsItsNullsAndKeepsTheRest() {
    String report = draftWithFirstLineFilled("2022-Q1");
    String etag = etag(report);

    Response patched =
        patch(report, etag, "{\"1.1\": {\"spentYtd\": \"95.5\", \"correctionNote\": null}}");
    patched
        .then()
        .statusCode(200)
        .body(LINE + ".fundedYtd", equalTo("100.0"))
        .body(LINE + ".spentYtd", equalTo("95.5"))
        .body(LINE + ".measureStatus", equalTo("IN_PROGRESS"))
        .body(LINE + ".narrative", equalTo("Закуплено 40 робочих станцій"))
        .body(LINE + ".evidenceLinks", equalTo(java.util.List.of("https://example.org/act-1")))
        .body(LINE + ".correctionNote", nullValue())
        .body(OTHER_LINE + ".fundedYtd", equalTo("0.0"));
    String after = patched.header("ETag");

    patch(report, after, "{\"1.1\": {\"spentYtd\": \"95.50\"}}")
        .then()
        .statusCode(200)
        .header("ETag", equalTo(after));

    patch(report, after, "{\"1.1\": {\"narrative\": null, \"evidenceLinks\": null}}")
        .then()
        .statusCode(200)
        .body(LINE + ".narrative", nullValue())
        .body(LINE + ".evidenceLinks", equalTo(java.util.List.of()))
        .body(LINE + ".spentYtd", equalTo("95.5"));
    submitInTime(report);

    io.restassured.path.json.JsonPath trail =
        given()
            .auth()
            .oauth2(Tokens.ministry())
            .queryParam("objectType", "report")
            .queryParam("objectId", report)
            .get("/api/v1/audit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    org.junit.jupiter.api.Assertions.assertEquals(
        java.util.List.of(
            "createReport",
            "updateReportLines",
            "updateReportLines",
            "patchReportLines",
            "patchReportLines",
            "submitReport"),
        trail.getList("items.operation"),
        "the patch that changed nothing is not in the trail");
    java.util.List<Map<String, Object>> firstPatch = trail.getList("items[3].patch");
    org.junit.jupiter.api.Assertions.assertTrue(
        firstPatch.stream()
            .anyMatch(
                op ->
                    ((String) op.get("path")).endsWith("/spentYtd")
                        && "95.5".equals(op.get("value"))),
        () -> "the patch's change: " + firstPatch);
  }

  @Test
  void everyProblemOfAPatchIsNamedByMeasureAndFieldAndNothingChanges() {
    String report = draftWithFirstLineFilled("2022-Q2");
    String etag = etag(report);
    patch(
            report,
            etag,
            """
            {"9.9": {"spentYtd": "1.0"}, "1.1": {"spentYtd": "-1", "colour": "red"},
             "1.2": null, "1.3": {"measureStatus": "DONE-ISH"}}
            """)
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("9.9", "1.1.colour", "1.2", "1.3.measureStatus"));
    patch(report, etag, "{\"1.1\": {\"spentYtd\": \"-1\"}}")
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(java.util.List.of("1.1.spentYtd")));
    patch(report, etag, "[]").then().statusCode(400);
    patch(report, null, "{\"1.1\": {\"spentYtd\": \"1.0\"}}").then().statusCode(428);
    patch(report, "\"999\"", "{\"1.1\": {\"spentYtd\": \"1.0\"}}").then().statusCode(412);
    given()
        .auth()
        .oauth2(Tokens.cdto("UA-63"))
        .contentType("application/merge-patch+json")
        .header("If-Match", etag)
        .body("{\"1.1\": {\"spentYtd\": \"1.0\"}}")
        .patch("/api/v1/reports/" + report + "/lines")
        .then()
        .statusCode(403);
    cdto()
        .get("/api/v1/reports/" + report)
        .then()
        .header("ETag", equalTo(etag))
        .body(LINE + ".spentYtd", equalTo("90.0"));
    submitInTime(report);
  }

  private static void submitInTime(String report) {
    cdto()
        .header("If-Match", etag(report))
        .post("/api/v1/reports/" + report + "/submission")
        .then()
        .statusCode(200);
  }

  @Test
  void amountsAreTakenOnlyAsDecimalStringsAndTheProblemSaysHow() {
    String report = draftWithFirstLineFilled("2022-Q3");
    String etag = etag(report);
    for (String amount : java.util.List.of("1200", "\"1e3\"", "\"1 200,0\"", "\"+5\"", "\" 5\"")) {
      cdto()
          .header("If-Match", etag)
          .body(wholeLine("\"spentYtd\": " + amount))
          .put("/api/v1/reports/" + report + "/lines")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("lines[0].spentYtd"))
          .body("errors[0].message", org.hamcrest.Matchers.containsString("such as \"1200.0\""));
    }
    cdto()
        .get("/api/v1/reports/" + report)
        .then()
        .header("ETag", equalTo(etag))
        .body(LINE + ".spentYtd", equalTo("90.0"));
    submitInTime(report);
  }

  @Test
  void aPutOfALineWithoutEveryFieldIsRefusedNamingThemAndResetsNothing() {
    String report = draftWithFirstLineFilled("2022-Q4");
    String etag = etag(report);
    cdto()
        .header("If-Match", etag)
        .body(
            "{\"lines\": [{\"measureCode\": \"1.1\", \"fundedYtd\": \"100\", \"spentYtd\": \"95\"}]}")
        .put("/api/v1/reports/" + report + "/lines")
        .then()
        .statusCode(400)
        .body(
            "errors.field",
            equalTo(
                java.util.List.of(
                    "lines[0].measureStatus",
                    "lines[0].narrative",
                    "lines[0].evidenceLinks",
                    "lines[0].correctionNote")))
        .body("errors[0].message", org.hamcrest.Matchers.containsString("PATCH"));
    cdto()
        .get("/api/v1/reports/" + report)
        .then()
        .header("ETag", equalTo(etag))
        .body(LINE + ".measureStatus", equalTo("IN_PROGRESS"))
        .body(LINE + ".narrative", equalTo("Закуплено 40 робочих станцій"));
    cdto()
        .header("If-Match", etag)
        .body(wholeLine("\"spentYtd\": \"95.0\""))
        .put("/api/v1/reports/" + report + "/lines")
        .then()
        .statusCode(200)
        .body(LINE + ".spentYtd", equalTo("95.0"))
        .body(LINE + ".narrative", nullValue())
        .body(LINE + ".measureStatus", equalTo("NOT_STARTED"));
    submitInTime(report);
  }

  /** Line 1.1 with every field, empty but for {@code member}. */
  private static String wholeLine(String member) {
    return """
        {"lines": [{"measureCode": "1.1", "fundedYtd": "100.0", %s, "measureStatus": null,
                    "narrative": null, "evidenceLinks": [], "correctionNote": null}]}
        """
        .formatted(member);
  }

  private String draftWithFirstLineFilled(String period) {
    UUID programme = UUID.randomUUID();
    programmes.adopt(
        programmes.poltavaVersion(programme, 1).put("regionCode", REGION),
        programmes.poltavaVersion(programme, 2).put("regionCode", REGION));
    clock.setKyiv(
        java.util.Map.of(
                "2022-Q1", "2022-04-10T10:00",
                "2022-Q2", "2022-07-10T10:00",
                "2022-Q3", "2022-10-10T10:00")
            .getOrDefault(period, "2023-01-10T10:00"));
    String report = ReportCalls.create(REGION, programme, period);
    cdto()
        .header("If-Match", etag(report))
        .body(ReportCalls.lines(Map.of(), Map.of()))
        .put("/api/v1/reports/" + report + "/lines")
        .then()
        .statusCode(200);
    cdto()
        .header("If-Match", etag(report))
        .body(
            """
            {"lines": [{"measureCode": "1.1", "fundedYtd": "100", "spentYtd": "90",
                        "measureStatus": "IN_PROGRESS", "narrative": "Закуплено 40 робочих станцій",
                        "evidenceLinks": ["https://example.org/act-1"],
                        "correctionNote": "Уточнено за казначейською випискою"}]}
            """)
        .put("/api/v1/reports/" + report + "/lines")
        .then()
        .statusCode(200);
    return report;
  }

  private static RequestSpecification cdto() {
    return given().auth().oauth2(Tokens.cdto(REGION)).contentType("application/json");
  }

  private static String etag(String report) {
    return cdto().get("/api/v1/reports/" + report).then().statusCode(200).extract().header("ETag");
  }

  private static Response patch(String report, String ifMatch, String body) {
    RequestSpecification request =
        given()
            .auth()
            .oauth2(Tokens.cdto(REGION))
            .contentType("application/merge-patch+json")
            .body(body);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.patch("/api/v1/reports/" + report + "/lines");
  }
}
