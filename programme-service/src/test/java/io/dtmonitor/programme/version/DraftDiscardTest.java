package io.dtmonitor.programme.version;

import static io.dtmonitor.programme.version.VersionRequests.poltava;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.dtmonitor.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A CDTO discards an amendment it will not adopt: the draft goes with its content, the version in
 * force stays, and the next amendment takes the discarded draft's number. Only with the draft's
 * ETag, and only in the CDTO's own region.
 */
@QuarkusTest
class DraftDiscardTest {

  @Test
  void aDiscardedDraftLeavesTheVersionInForceAndTheNextDraftTakesItsNumber() {
    String id = VersionRequests.adoptedPoltavaProgramme();
    String draft = "/api/v1/programmes/" + id + "/draft";
    String etag =
        poltava()
            .post(draft)
            .then()
            .statusCode(201)
            .body("number", equalTo(3))
            .extract()
            .header("ETag");

    poltava().delete(draft).then().statusCode(428);
    poltava().header("If-Match", "\"999\"").delete(draft).then().statusCode(412);
    given()
        .auth()
        .oauth2(Tokens.cdto("UA-63"))
        .header("If-Match", etag)
        .delete(draft)
        .then()
        .statusCode(403);
    poltava().get(draft).then().statusCode(200).body("number", equalTo(3));

    poltava().header("If-Match", etag).delete(draft).then().statusCode(204);
    poltava().get(draft).then().statusCode(404);
    poltava().header("If-Match", etag).delete(draft).then().statusCode(404);
    given()
        .get("/api/v1/programmes/" + id + "/versions")
        .then()
        .statusCode(200)
        .body("items.number", equalTo(java.util.List.of(1, 2)))
        .body("items.status", equalTo(java.util.List.of("SUPERSEDED", "ADOPTED")));
    poltava().post(draft).then().statusCode(201).body("number", equalTo(3));
  }
}
