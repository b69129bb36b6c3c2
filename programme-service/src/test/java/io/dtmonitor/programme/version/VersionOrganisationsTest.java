package io.dtmonitor.programme.version;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dtmonitor.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bodies a version names are linked to organisations of its region: by any of their names,
 * whatever the case, spacing or apostrophe; by id where the document says so; to a draft
 * organisation when no registered one has the name; and each read with its name on the version's
 * date. Zhytomyr's and Zakarpattia's organisations are this test's own.
 */
@QuarkusTest
class VersionOrganisationsTest {

  private static final String ZHYTOMYR = "UA-18";
  private static final String ZAKARPATTIA = "UA-21";

  @Test
  void aVersionAdoptedBeforeARenameReadsWithTheOldNameAndOneAfterWithTheNew() {
    String department = register(ZHYTOMYR, "DEPARTMENT", "Управління цифрового розвитку ОДА");
    String health =
        register(ZHYTOMYR, "DEPARTMENT", "Департамент охорони здоровʼя Житомирської ОДА");
    String programme = programme(ZHYTOMYR);

    Response imported =
        importDraft(
            ZHYTOMYR,
            programme,
            document(
                "управління  цифрового РОЗВИТКУ ОДА",
                List.of("Департамент охорони здоров'я Житомирської ОДА", "Новий підрозділ ОДА"),
                List.of()),
            null);
    imported
        .then()
        .statusCode(201)
        .body("organisations.name[0]", equalTo("управління  цифрового РОЗВИТКУ ОДА"))
        .body("organisations[0].usedAs", equalTo(List.of("initiator", "responsibleExecutor")))
        .body("organisations[0].organisationId", equalTo(department))
        .body("organisations[0].match", equalTo("MATCHED"))
        .body("organisations[0].named", equalTo(false))
        .body("organisations[1].organisationId", equalTo(health))
        .body("organisations[1].usedAs", equalTo(List.of("measure:1.1")))
        .body("organisations[2].match", equalTo("UNMATCHED"))
        .body("organisations[2].organisationStatus", equalTo("DRAFT"))
        .body(
            "findings.find { it.code == 'UNMATCHED_ORGANISATION' }.subject", equalTo("measure:1.1"))
        .body("findings.find { it.code == 'UNMATCHED_ORGANISATION' }.severity", equalTo("WARNING"));
    String draftOrganisation = imported.path("organisations[2].organisationId");
    given()
        .get("/api/v1/organisations/" + draftOrganisation)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"))
        .body("kind", equalTo("OTHER"))
        .body("name.nameUk", equalTo("Новий підрозділ ОДА"));

    adopt(ZHYTOMYR, programme, 1, imported.header("ETag"), "2022-02-01");
    rename(department, "Департамент цифрової трансформації ОДА", "2023-01-01");

    String amendment =
        cdto(ZHYTOMYR)
            .post("/api/v1/programmes/" + programme + "/draft")
            .then()
            .statusCode(201)
            .body("organisations[0].organisationId", equalTo(department))
            .extract()
            .header("ETag");
    String replaced =
        importDraft(
                ZHYTOMYR,
                programme,
                document(
                    "Департамент цифрової трансформації ОДА",
                    List.of("Департамент охорони здоров'я Житомирської ОДА"),
                    List.of()),
                amendment)
            .then()
            .statusCode(200)
            .body("organisations[0].organisationId", equalTo(department))
            .body("findings.code", not(hasItem("UNMATCHED_ORGANISATION")))
            .extract()
            .header("ETag");
    adopt(ZHYTOMYR, programme, 2, replaced, "2023-06-01");

    given()
        .get("/api/v1/programmes/" + programme + "/versions/1")
        .then()
        .statusCode(200)
        .body("organisations[0].organisationName", equalTo("Управління цифрового розвитку ОДА"));
    given()
        .get("/api/v1/programmes/" + programme + "/versions/2")
        .then()
        .statusCode(200)
        .body("organisations[0].name", equalTo("Департамент цифрової трансформації ОДА"))
        .body(
            "organisations[0].organisationName", equalTo("Департамент цифрової трансформації ОДА"));
  }

  @Test
  void aNameSeveralBodiesShareIsLinkedOnlyByIdAndTheDocumentKeepsTheLink() {
    String first = register(ZAKARPATTIA, "COMMUNAL_INSTITUTION", "Центр надання послуг");
    register(ZAKARPATTIA, "COMMUNAL_INSTITUTION", "Центр надання послуг");
    String programme = programme(ZAKARPATTIA);

    Response ambiguous =
        importDraft(
            ZAKARPATTIA,
            programme,
            document(null, List.of("Центр надання послуг"), List.of()),
            null);
    ambiguous
        .then()
        .statusCode(201)
        .body("organisations[0].match", equalTo("AMBIGUOUS"))
        .body("organisations[0].organisationId", nullValue())
        .body(
            "findings.find { it.code == 'AMBIGUOUS_ORGANISATION' }.subject",
            equalTo("measure:1.1"));

    String links =
        """
        [{"name": "Центр надання послуг", "organisationId": "%s"}]
        """
            .formatted(first);
    importDraft(
            ZAKARPATTIA,
            programme,
            document(null, List.of("Центр надання послуг"), List.of(links)),
            ambiguous.header("ETag"))
        .then()
        .statusCode(200)
        .body("organisations[0].match", equalTo("MATCHED"))
        .body("organisations[0].named", equalTo(true))
        .body("organisations[0].organisationId", equalTo(first))
        .body("findings.code", not(hasItem("AMBIGUOUS_ORGANISATION")));
    given()
        .auth()
        .oauth2(Tokens.cdto(ZAKARPATTIA))
        .get("/api/v1/programmes/" + programme + "/versions/1/document")
        .then()
        .statusCode(200)
        .body("organisationLinks[0].name", equalTo("Центр надання послуг"))
        .body("organisationLinks[0].organisationId", equalTo(first));
  }

  @Test
  void aLinkToNoOrganisationOfTheRegionChangesNothing() {
    String elsewhere = register(ZHYTOMYR, "OTHER", "Служба іншої області");
    String programme = programme(ZAKARPATTIA);
    String etag =
        importDraft(ZAKARPATTIA, programme, document(null, List.of("Відділ А"), List.of()), null)
            .then()
            .statusCode(201)
            .extract()
            .header("ETag");

    String links =
        """
        [{"name": "Відділ Б", "organisationId": "%s"},
         {"name": "Відділ А", "organisationId": "%s"},
         {"name": "Відділ А", "organisationId": "3f2504e0-4f89-41d3-9a0c-0305e82c3301"}]
        """
            .formatted(elsewhere, elsewhere);
    importDraft(ZAKARPATTIA, programme, document(null, List.of("Відділ А"), List.of(links)), etag)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "errors.field",
            equalTo(List.of("organisationLinks[0].name", "organisationLinks[2].name")));
    String unknown =
        """
        [{"name": "Відділ А", "organisationId": "%s"}]
        """
            .formatted(elsewhere);
    importDraft(ZAKARPATTIA, programme, document(null, List.of("Відділ А"), List.of(unknown)), etag)
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("organisationLinks[0].organisationId")))
        .body("errors.pointer", equalTo(List.of("/organisationLinks/0/organisationId")));

    Response draft =
        given()
            .auth()
            .oauth2(Tokens.cdto(ZAKARPATTIA))
            .get("/api/v1/programmes/" + programme + "/draft");
    assertEquals(etag, draft.header("ETag"));
    draft.then().body("document.organisationLinks", equalTo(List.of()));
  }

  private static String document(String initiator, List<String> executors, List<String> links) {
    String quotedInitiator = initiator == null ? "null" : "\"" + initiator + "\"";
    String quotedExecutors =
        executors.stream()
            .map(name -> "\"" + name + "\"")
            .reduce((a, b) -> a + ", " + b)
            .orElse("");
    return """
        {"format": "dtm.programme-version/1",
         "passport": {"titleUk": "Цифрова область", "firstYear": 2022, "lastYear": 2024,
                      "initiator": %s, "responsibleExecutors": [%s]},
         "statedTotals": {"total": {"kind": "WITHIN_FUNDING"}},
         "directions": [{"number": 1, "title": "Послуги"}],
         "measures": [{"code": "1.1", "directionNumber": 1, "title": "Захід", "firstYear": 2022,
                       "lastYear": 2024, "responsibleExecutors": [%s]}],
         "organisationLinks": %s}
        """
        .formatted(
            quotedInitiator,
            initiator == null ? "" : quotedInitiator,
            quotedExecutors,
            links.isEmpty() ? "[]" : links.get(0));
  }

  private static RequestSpecification cdto(String region) {
    return given().auth().oauth2(Tokens.cdto(region)).contentType(ContentType.JSON);
  }

  private static String register(String region, String kind, String name) {
    return cdto(region)
        .body(
            """
            {"regionCode": "%s", "kind": "%s", "nameUk": "%s"}
            """
                .formatted(region, kind, name))
        .post("/api/v1/organisations")
        .then()
        .statusCode(201)
        .body("status", equalTo("REGISTERED"))
        .extract()
        .path("id");
  }

  private static void rename(String id, String name, String validFrom) {
    String etag = given().get("/api/v1/organisations/" + id).header("ETag");
    String region = given().get("/api/v1/organisations/" + id).path("regionCode");
    cdto(region)
        .header("If-Match", etag)
        .body("{\"nameUk\": \"%s\", \"validFrom\": \"%s\"}".formatted(name, validFrom))
        .post("/api/v1/organisations/" + id + "/names")
        .then()
        .statusCode(200);
  }

  private static String programme(String region) {
    return cdto(region)
        .body(
            """
            {"regionCode": "%s", "titleUk": "Цифрова область", "firstYear": 2022, "lastYear": 2024}
            """
                .formatted(region))
        .post("/api/v1/programmes")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static Response importDraft(
      String region, String programme, String document, String ifMatch) {
    RequestSpecification request = cdto(region).body(document);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.put("/api/v1/programmes/" + programme + "/draft");
  }

  private static void adopt(
      String region, String programme, int number, String etag, String effectiveFrom) {
    cdto(region)
        .header("If-Match", etag)
        .body(
            """
            {"decision": {"body": "Обласна рада", "number": "%d", "date": "%s"},
             "effectiveFrom": "%s"}
            """
                .formatted(number, effectiveFrom, effectiveFrom))
        .post("/api/v1/programmes/" + programme + "/versions/" + number + "/adoption")
        .then()
        .statusCode(200);
  }
}
