package io.dtmonitor.programme.version;

import static io.restassured.RestAssured.given;

import io.dtmonitor.platform.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Calls of the version API the tests share. */
final class VersionRequests {

  static final String POLTAVA = "UA-53";

  private VersionRequests() {}

  static RequestSpecification poltava() {
    return given().auth().oauth2(Tokens.cdto(POLTAVA)).contentType(ContentType.JSON);
  }

  static String registerPoltavaProgramme() {
    return poltava()
        .body(
            """
            {"regionCode": "UA-53", "titleUk": "Цифрова Полтавщина", "firstYear": 2021, "lastYear": 2023}
            """)
        .post("/api/v1/programmes")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static Response importDraft(String programmeId, String document, String ifMatch) {
    RequestSpecification request = poltava().body(document);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.put("/api/v1/programmes/" + programmeId + "/draft");
  }

  static Response adopt(String programmeId, int number, String ifMatch, String body) {
    return poltava()
        .header("If-Match", ifMatch)
        .body(body)
        .post("/api/v1/programmes/" + programmeId + "/versions/" + number + "/adoption");
  }

  static String adoptionOfVersion1() {
    return """
        {"decision": {"body": "Полтавська обласна рада", "number": "115", "date": "2021-02-23",
                      "title": "Про затвердження регіональної програми інформатизації «Цифрова Полтавщина» на 2021 – 2023 роки"},
         "acknowledgeFindings": true,
         "acknowledgementNote": "Version 1 is known from the news article only: totals without budget lines"}
        """;
  }

  static String adoptionOfVersion2() {
    return """
        {"decision": {"body": "Полтавська обласна рада", "number": null, "date": null,
                      "title": "Про внесення змін до регіональної програми інформатизації «Цифрова Полтавщина» на 2021 – 2023 роки"},
         "effectiveFrom": "2021-12-01"}
        """;
  }

  /** Creates the programme and adopts versions 1 and 2 from the data files; returns its id. */
  static String adoptedPoltavaProgramme() {
    String id = registerPoltavaProgramme();
    String etag =
        importDraft(id, DataFiles.read("poltava-digital-2021-2023/v1.json"), null)
            .then()
            .statusCode(201)
            .extract()
            .header("ETag");
    adopt(id, 1, etag, adoptionOfVersion1()).then().statusCode(200);
    String draftTag =
        poltava()
            .post("/api/v1/programmes/" + id + "/draft")
            .then()
            .statusCode(201)
            .extract()
            .header("ETag");
    String replaced =
        importDraft(id, DataFiles.read("poltava-digital-2021-2023/v2.json"), draftTag)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    adopt(id, 2, replaced, adoptionOfVersion2()).then().statusCode(200);
    return id;
  }
}
