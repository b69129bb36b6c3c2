package io.dtmonitor.programme.programme;

import static io.dtmonitor.programme.programme.ProgrammeRequests.as;
import static io.dtmonitor.programme.programme.ProgrammeRequests.passport;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dtmonitor.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Client mistakes get a problem+json 4xx naming what is wrong, and nothing is written. */
@QuarkusTest
class ProgrammeBadInputTest {

  static final String POLTAVA = "UA-53";
  static final String PROBLEM = "application/problem+json";

  @Inject ProgrammeRepository programmes;

  @Test
  void malformedJsonIsA400() {
    as(Tokens.cdto(POLTAVA))
        .body("{\"regionCode\": \"UA-53\", \"titleUk\": ")
        .post("/api/v1/programmes")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("https://dtmonitor.io/problems/malformed-json"))
        .body("title", equalTo("Malformed JSON"))
        .body("status", equalTo(400))
        .body(not(containsString("at io.")))
        .body(not(containsString("Exception")));
  }

  @Test
  void aNulCharacterNoColumnCanHoldIsA400() {
    as(Tokens.cdto(POLTAVA))
        .urlEncodingEnabled(false)
        .get("/api/v1/regions/%00")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("https://dtmonitor.io/problems/validation"));
    as(Tokens.cdto(POLTAVA))
        .body(passport(POLTAVA, "Nul \u0000 in the title"))
        .post("/api/v1/programmes")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
  }

  @Test
  void unknownFieldsAreRejectedByName() {
    String body =
        passport(POLTAVA, "Unknown field").replaceFirst("\\{", "{\"status\": \"ADOPTED\",");
    as(Tokens.cdto(POLTAVA))
        .body(body)
        .post("/api/v1/programmes")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].field", equalTo("status"))
        .body("errors[0].message", equalTo("unknown field"));
    assertEquals(0L, count("Unknown field"));
  }

  @Test
  void outOfRangeAndMissingValuesListEveryField() {
    String body =
        """
        {"regionCode": "UA-53", "titleUk": " ", "firstYear": 1990, "lastYear": 2300}
        """;
    as(Tokens.cdto(POLTAVA))
        .body(body)
        .post("/api/v1/programmes")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("https://dtmonitor.io/problems/validation"))
        .body("errors.field", hasItem("titleUk"))
        .body("errors.field", hasItem("firstYear"))
        .body("errors.field", hasItem("lastYear"))
        .body("errors.size()", equalTo(3));
  }

  @Test
  void everyWrongTypeAndMissingFieldIsNamedInOneAnswerAndNothingIsConverted() {
    String body =
        passport(POLTAVA, "Wrong type")
            .replace("\"firstYear\": 2021", "\"firstYear\": \"soon\"")
            .replace("\"titleEn\": \"Digital Poltava Region\"", "\"titleEn\": true")
            .replace("\"lastYear\": 2023,", "")
            .replaceFirst("\"legalBasis\": \"[^\"]*\"", "\"legalBasis\": 5");
    as(Tokens.cdto(POLTAVA))
        .body(body)
        .post("/api/v1/programmes")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors.field", equalTo(List.of("firstYear", "lastYear", "legalBasis", "titleEn")))
        .body(
            "errors.pointer",
            equalTo(List.of("/firstYear", "/lastYear", "/legalBasis", "/titleEn")))
        .body("errors[0].message", equalTo("wrong type (use a whole number, such as 2026)"))
        .body("errors[1].message", equalTo("must not be null"))
        .body("errors[3].message", equalTo("wrong type (use a JSON string)"));
    assertEquals(0L, count("Wrong type"));
  }

  @Test
  void aQueryValueOfTheWrongFormIsA400NamingIt() {
    as(Tokens.cdto(POLTAVA))
        .queryParam("status", "LOST")
        .get("/api/v1/programmes")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].field", equalTo("status"))
        .body("errors[0].message", containsString("ADOPTED"));
    as(Tokens.cdto(POLTAVA))
        .queryParam("date", "30.06.2022")
        .get("/api/v1/programmes/" + java.util.UUID.randomUUID() + "/version-in-force")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].field", equalTo("date"))
        .body("errors[0].message", containsString("YYYY-MM-DD"));
  }

  @Test
  void termAndCurrencyAreCheckedAgainstTheRegion() {
    String body =
        passport(POLTAVA, "Bad term")
            .replace("\"lastYear\": 2023", "\"lastYear\": 2019")
            .replaceFirst("\\{", "{\"currency\": \"RUB\",");
    as(Tokens.cdto(POLTAVA))
        .body(body)
        .post("/api/v1/programmes")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors.field", hasItem("lastYear"))
        .body("errors.field", hasItem("currency"));
    assertEquals(0L, count("Bad term"));
  }

  @Test
  void unknownRegionAndBadRegionCode() {
    as(Tokens.cdto("UA-99"))
        .body(passport("UA-99", "No such region"))
        .post("/api/v1/programmes")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("regionCode"));
    as(Tokens.cdto(POLTAVA))
        .body(passport("Poltava", "Bad code"))
        .post("/api/v1/programmes")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("regionCode"));
  }

  @Test
  void emptyBodyAndWrongMediaType() {
    as(Tokens.cdto(POLTAVA)).post("/api/v1/programmes").then().statusCode(400).contentType(PROBLEM);
    as(Tokens.cdto(POLTAVA))
        .contentType("text/plain")
        .body("hello")
        .post("/api/v1/programmes")
        .then()
        .statusCode(415)
        .contentType(PROBLEM);
  }

  @Test
  void unknownIdsAndPathsAre404Problems() {
    as(Tokens.cdto(POLTAVA))
        .get("/api/v1/programmes/00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
    as(Tokens.cdto(POLTAVA))
        .get("/api/v1/programmes/not-a-uuid")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
  }

  private long count(String title) {
    return QuarkusTransaction.requiringNew()
        .call(() -> programmes.count("passport.titleUk", title));
  }
}
