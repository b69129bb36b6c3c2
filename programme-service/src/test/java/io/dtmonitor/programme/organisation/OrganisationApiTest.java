package io.dtmonitor.programme.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtmonitor.platform.testing.EventProbe;
import io.dtmonitor.platform.testing.EventSchemas;
import io.dtmonitor.platform.testing.Tokens;
import io.dtmonitor.programme.events.OrganisationEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A region registers the bodies its programmes name and renames them from a day on: the old name
 * stays readable for the days it was valid, both names find the body, an EDRPOU code must pass its
 * checksum and names one body, another region cannot write, and each change is published whole.
 */
@QuarkusTest
class OrganisationApiTest {

  private static final String REGION = "UA-53";

  @Test
  void aRenamedBodyKeepsItsOldNameForTheDaysItWasValid() {
    try (EventProbe events = new EventProbe(OrganisationEvents.TOPIC)) {
      Response registered =
          register(
              """
              {"regionCode": "UA-53", "kind": "DEPARTMENT", "edrpou": "14360570",
               "nameUk": "Департамент цифрової трансформації Полтавської ОДА",
               "nameEn": "Department of Digital Transformation", "validFrom": "2021-01-01"}
              """);
      registered
          .then()
          .statusCode(201)
          .body("name.nameUk", equalTo("Департамент цифрової трансформації Полтавської ОДА"));
      String id = registered.path("id");
      String location = registered.header("Location");
      assertTrue(location.endsWith("/api/v1/organisations/" + id), location);

      cdto()
          .header("If-Match", registered.header("ETag"))
          .body("{\"nameUk\": \"Департамент цифрового розвитку\", \"validFrom\": \"2024-03-01\"}")
          .post("/api/v1/organisations/" + id + "/names")
          .then()
          .statusCode(200)
          .body("names.validUntil", equalTo(java.util.Arrays.asList("2024-03-01", null)));

      given()
          .queryParam("asOf", "2022-06-30")
          .get("/api/v1/organisations/" + id)
          .then()
          .statusCode(200)
          .body("name.nameUk", equalTo("Департамент цифрової трансформації Полтавської ОДА"));
      given()
          .queryParam("asOf", "2024-03-01")
          .get("/api/v1/organisations/" + id)
          .then()
          .body("name.nameUk", equalTo("Департамент цифрового розвитку"))
          .body("name.nameEn", nullValue());
      given()
          .queryParam("asOf", "2020-12-31")
          .get("/api/v1/organisations/" + id)
          .then()
          .body("name", nullValue());

      List<String> published =
          events.collect(e -> id.equals(e.key()), Duration.ofSeconds(5)).stream()
              .peek(
                  event ->
                      assertTrue(
                          EventSchemas.validate(schemaOf(event.type()), event.data()).isEmpty(),
                          event.data()))
              .map(EventProbe.ReceivedEvent::type)
              .toList();
      assertEquals(List.of(OrganisationEvents.REGISTERED, OrganisationEvents.RENAMED), published);
    }
  }

  @Test
  void anyNameOfABodyFindsItWhateverTheApostrophe() {
    String id =
        register(
                """
                {"regionCode": "UA-53", "kind": "COMMUNAL_INSTITUTION",
                 "nameUk": "Обʼєднаний центр даних області"}
                """)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String etag = given().get("/api/v1/organisations/" + id).header("ETag");
    cdto()
        .header("If-Match", etag)
        .body("{\"nameUk\": \"Центр цифрових послуг\", \"validFrom\": \"2025-01-01\"}")
        .post("/api/v1/organisations/" + id + "/names")
        .then()
        .statusCode(200);

    for (String name : List.of("об'єднаний  ЦЕНТР", "Об’єднаний", "цифрових послуг")) {
      given()
          .queryParam("region", REGION)
          .queryParam("name", name)
          .get("/api/v1/organisations")
          .then()
          .statusCode(200)
          .body("items.id", equalTo(List.of(id)))
          .body("items[0].name.nameUk", equalTo("Центр цифрових послуг"));
    }
    given()
        .queryParam("region", "UA-63")
        .queryParam("name", "цифрових послуг")
        .get("/api/v1/organisations")
        .then()
        .body("items", equalTo(List.of()));
  }

  @Test
  void anEdrpouCodeMustPassItsChecksumAndNamesOneBody() {
    register(
            """
            {"regionCode": "UA-53", "kind": "OTHER", "edrpou": "21560767", "nameUk": "Хибний код"}
            """)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/edrpou"));
    String first =
        register(
                """
                {"regionCode": "UA-53", "kind": "OTHER", "edrpou": "21560766", "nameUk": "Перший"}
                """)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    register(
            """
            {"regionCode": "UA-53", "kind": "OTHER", "edrpou": "21560766", "nameUk": "Другий"}
            """)
        .then()
        .statusCode(409)
        .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/organisations/" + first));
    given()
        .queryParam("name", "Хибний код")
        .get("/api/v1/organisations")
        .then()
        .body("items", equalTo(List.of()));
  }

  @Test
  void anotherRegionWritesNothingAndARenameNeedsTheETagAndALaterDay() {
    Response registered =
        register(
            """
            {"regionCode": "UA-53", "kind": "OBLAST_COUNCIL", "nameUk": "Полтавська обласна рада",
             "validFrom": "2020-12-01"}
            """);
    String id = registered.path("id");
    String etag = registered.header("ETag");
    String rename = "{\"nameUk\": \"Нова назва\", \"validFrom\": \"2026-01-01\"}";

    given()
        .auth()
        .oauth2(Tokens.cdto("UA-63"))
        .contentType("application/json")
        .header("If-Match", etag)
        .body(rename)
        .post("/api/v1/organisations/" + id + "/names")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.cdto("UA-63"))
        .contentType("application/json")
        .body("{\"regionCode\": \"UA-53\", \"kind\": \"OTHER\", \"nameUk\": \"Чуже\"}")
        .post("/api/v1/organisations")
        .then()
        .statusCode(403);
    cdto().body(rename).post("/api/v1/organisations/" + id + "/names").then().statusCode(428);
    cdto()
        .header("If-Match", etag)
        .body("{\"nameUk\": \"Стара назва\", \"validFrom\": \"2020-12-01\"}")
        .post("/api/v1/organisations/" + id + "/names")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("validFrom"));
    given()
        .get("/api/v1/organisations/" + id)
        .then()
        .header("ETag", equalTo(etag))
        .body("names.nameUk", equalTo(List.of("Полтавська обласна рада")));
  }

  private static String schemaOf(String type) {
    return OrganisationEvents.REGISTERED.equals(type)
        ? "organisation-registered.v1"
        : "organisation-renamed.v1";
  }

  private static Response register(String body) {
    return cdto().body(body).post("/api/v1/organisations");
  }

  private static RequestSpecification cdto() {
    return given().auth().oauth2(Tokens.cdto(REGION)).contentType("application/json");
  }
}
