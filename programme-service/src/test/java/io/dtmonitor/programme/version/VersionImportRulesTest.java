package io.dtmonitor.programme.version;

import static io.dtmonitor.programme.version.VersionRequests.adopt;
import static io.dtmonitor.programme.version.VersionRequests.importDraft;
import static io.dtmonitor.programme.version.VersionRequests.poltava;
import static io.dtmonitor.programme.version.VersionRequests.registerPoltavaProgramme;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.dtmonitor.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Invalid imports, concurrency and region rules of the version API. */
@QuarkusTest
class VersionImportRulesTest {

  static final String BROKEN =
      """
      {
        "format": "dtm.programme-version/1",
        "passport": {"titleUk": "Програма", "firstYear": 2021, "lastYear": 2023},
        "statedTotals": {"total": {"kind": "FIXED"}, "byYear": [
          {"year": 2021, "planned": {"kind": "WITHIN_FUNDING", "amount": "5.0"}},
          {"year": 2021, "planned": {"kind": "FIXED", "amount": "1.0"}}]},
        "directions": [{"number": 1, "title": "Напрям"}, {"number": 1, "title": "Двійник"}],
        "measures": [
          {"code": "1.1", "directionNumber": 1, "title": "Захід", "firstYear": 2021, "lastYear": 2023},
          {"code": "1.2", "directionNumber": 7, "title": "Сирота", "firstYear": 2021, "lastYear": 2023}],
        "lines": [
          {"measureCode": "1.1", "year": 2021, "source": "REGIONAL_BUDGET", "planned": {"kind": "FIXED", "amount": "-3.0"}},
          {"measureCode": "1.1", "year": 2021, "source": "REGIONAL_BUDGET", "planned": {"kind": "FIXED", "amount": "1.2345"}},
          {"measureCode": "9.9", "year": 2022, "source": "REGIONAL_BUDGET", "planned": {"kind": "WITHIN_FUNDING"}}]
      }
      """;

  @Test
  void everyProblemOfAnInvalidDocumentIsListedAndNothingIsWritten() {
    String id = registerPoltavaProgramme();
    importDraft(id, BROKEN, null)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "errors.field",
            hasItems(
                "directions[1].number",
                "lines[0].planned.amount",
                "lines[1]",
                "lines[1].planned.amount",
                "lines[2].measureCode",
                "measures[1].directionNumber",
                "statedTotals.byYear[0].planned.amount",
                "statedTotals.byYear[1].year",
                "statedTotals.total.amount"))
        .body("errors.size()", equalTo(9));
    poltava().get("/api/v1/programmes/" + id + "/draft").then().statusCode(404);
  }

  @Test
  void constraintViolationsAreListedTogether() {
    String id = registerPoltavaProgramme();
    importDraft(
            id,
            """
            {"format": "other", "passport": {"titleUk": "", "firstYear": 1999, "lastYear": 2023},
             "statedTotals": {"total": {"kind": "FIXED", "amount": "1.0"}},
             "lines": [{"measureCode": "1.1", "year": 2021, "source": "REGIONAL_BUDGET"}]}
            """,
            null)
        .then()
        .statusCode(400)
        .body(
            "errors.field",
            hasItems("format", "passport.titleUk", "passport.firstYear", "lines[0].planned"));
    importDraft(id, "{\"format\": \"dtm.programme-version/1\", \"extra\": 1}", null)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("extra"));
    importDraft(id, "{\"format\": ", null)
        .then()
        .statusCode(400)
        .body("type", equalTo("https://dtmonitor.io/problems/malformed-json"));
    importDraft(
            id,
            DataFiles.read("poltava-digital-2021-2023/v2.json").replace("\"FIXED\"", "\"FIXT\""),
            null)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    poltava().get("/api/v1/programmes/" + id + "/draft").then().statusCode(404);
  }

  @Test
  void replacingADraftNeedsItsEtagAndAdoptedVersionsNeverChange() {
    String id = registerPoltavaProgramme();
    String v1 = DataFiles.read("poltava-digital-2021-2023/v1.json");
    String etag = importDraft(id, v1, null).then().statusCode(201).extract().header("ETag");

    importDraft(id, v1, null).then().statusCode(428);
    importDraft(id, v1, "\"99\"").then().statusCode(412);
    String replaced = importDraft(id, v1, etag).then().statusCode(200).extract().header("ETag");
    importDraft(id, v1, etag).then().statusCode(412);

    adopt(id, 1, replaced, VersionRequests.adoptionOfVersion1()).then().statusCode(200);
    adopt(id, 1, "*", VersionRequests.adoptionOfVersion1()).then().statusCode(409);
    poltava()
        .post("/api/v1/programmes/" + id + "/draft")
        .then()
        .statusCode(201)
        .body("number", equalTo(2))
        .body("basedOnNumber", equalTo(1));
    poltava().post("/api/v1/programmes/" + id + "/draft").then().statusCode(409);
    String draftTag =
        poltava()
            .get("/api/v1/programmes/" + id + "/draft")
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    adopt(
            id,
            2,
            draftTag,
            """
            {"decision": {"body": "Полтавська обласна рада"}, "effectiveFrom": "2020-01-01",
             "acknowledgeFindings": true, "acknowledgementNote": "test"}
            """)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("effectiveFrom"));
    adopt(
            id,
            2,
            draftTag,
            """
            {"decision": {"body": "Полтавська обласна рада"}, "effectiveFrom": "15.01.2026"}
            """)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("effectiveFrom"))
        .body(
            "errors[0].message",
            equalTo("invalid value (use a date as YYYY-MM-DD, such as \"2026-01-15\")"));
  }

  @Test
  void otherRegionsCannotWriteVersionsAndDraftsStayPrivate() {
    String id = registerPoltavaProgramme();
    String v1 = DataFiles.read("poltava-digital-2021-2023/v1.json");
    given()
        .auth()
        .oauth2(Tokens.cdto("UA-63"))
        .contentType(ContentType.JSON)
        .body(v1)
        .put("/api/v1/programmes/" + id + "/draft")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.ministry())
        .contentType(ContentType.JSON)
        .body(v1)
        .put("/api/v1/programmes/" + id + "/draft")
        .then()
        .statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body(v1)
        .put("/api/v1/programmes/" + id + "/draft")
        .then()
        .statusCode(401);
    poltava().get("/api/v1/programmes/" + id + "/draft").then().statusCode(404);

    String etag = importDraft(id, v1, null).then().statusCode(201).extract().header("ETag");
    given()
        .auth()
        .oauth2(Tokens.cdto("UA-63"))
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(VersionRequests.adoptionOfVersion1())
        .post("/api/v1/programmes/" + id + "/versions/1/adoption")
        .then()
        .statusCode(403);
    given().get("/api/v1/programmes/" + id + "/versions").then().statusCode(404);
    given()
        .auth()
        .oauth2(Tokens.reviewer("UA-53"))
        .get("/api/v1/programmes/" + id + "/versions/1")
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"));
    given()
        .auth()
        .oauth2(Tokens.ministry())
        .get("/api/v1/programmes/" + id + "/versions")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1));

    adopt(id, 1, etag, VersionRequests.adoptionOfVersion1()).then().statusCode(200);
    given()
        .get("/api/v1/programmes/" + id + "/versions/1")
        .then()
        .statusCode(200)
        .body("status", equalTo("ADOPTED"));
    given()
        .get("/api/v1/programmes/" + id + "/versions")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1));
  }

  @Test
  void theSecondPoltavaProgrammeIsWithinFundingThroughout() {
    String id =
        poltava()
            .body(
                """
                {"regionCode": "UA-53", "titleUk": "Регіональна програма інформатизації", "firstYear": 2024, "lastYear": 2026}
                """)
            .post("/api/v1/programmes")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String etag =
        importDraft(id, DataFiles.read("poltava-informatization-2024-2026/v1.json"), null)
            .then()
            .statusCode(201)
            .body("computedTotals.total", equalTo(null))
            .body("findings.findAll { it.severity == 'ERROR' }.size()", equalTo(0))
            .body(
                "findings.findAll { it.code == 'DIRECTION_WITHOUT_FIXED_AMOUNT' }.size()",
                equalTo(5))
            .extract()
            .header("ETag");
    adopt(
            id,
            1,
            etag,
            """
            {"decision": {"body": "Полтавська обласна рада"}, "effectiveFrom": "2024-01-01"}
            """)
        .then()
        .statusCode(200)
        .body("document.statedTotals.total.kind", equalTo("WITHIN_FUNDING"))
        .body("document.statedTotals.total.amount", equalTo(null));
  }
}
