package io.dtmonitor.programme.version;

import static io.dtmonitor.programme.version.VersionRequests.adoptedPoltavaProgramme;
import static io.dtmonitor.programme.version.VersionRequests.poltava;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dtmonitor.platform.testing.Pages;
import io.dtmonitor.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A programme's versions are cursor-paged by number: following {@code nextPageToken} walks every
 * version the caller may see once, oldest first, and an anonymous caller never pages onto the
 * draft.
 */
@QuarkusTest
class VersionPagingTest {

  @Test
  void versionsArePagedOldestFirstAndTheDraftOnlyForThoseWhoMaySeeIt() {
    String id = adoptedPoltavaProgramme();
    poltava().post("/api/v1/programmes/" + id + "/draft").then().statusCode(201);

    assertEquals(List.of(1, 2, 3), numbers(id, Tokens.cdto("UA-53"), 1));
    assertEquals(List.of(1, 2, 3), numbers(id, Tokens.cdto("UA-53"), 2));
    assertEquals(List.of(1, 2), numbers(id, null, 1), "no page holds the draft");

    given()
        .queryParam("pageSize", 2)
        .get("/api/v1/programmes/" + id + "/versions")
        .then()
        .statusCode(200)
        .body("items.status", contains("SUPERSEDED", "ADOPTED"))
        .body("nextPageToken", nullValue());
    given()
        .queryParam("pageToken", "bm90LWEtdG9rZW4")
        .get("/api/v1/programmes/" + id + "/versions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("pageToken"));
    given()
        .queryParam("pageSize", 101)
        .get("/api/v1/programmes/" + id + "/versions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("pageSize"));
  }

  private static List<Integer> numbers(String programme, String token, int pageSize) {
    return Pages.all(
        pageSize,
        "items.number",
        pageToken -> {
          var request = given();
          if (token != null) {
            request = request.auth().oauth2(token);
          }
          return request
              .queryParam("pageSize", pageSize)
              .queryParam("pageToken", pageToken)
              .get("/api/v1/programmes/" + programme + "/versions");
        });
  }
}
