package io.dtmonitor.programme.programme;

import static io.dtmonitor.programme.programme.ProgrammeRequests.as;
import static io.dtmonitor.programme.programme.ProgrammeRequests.passport;
import static io.dtmonitor.programme.programme.ProgrammeRequests.register;
import static io.dtmonitor.programme.programme.ProgrammeRequests.registerId;
import static io.dtmonitor.programme.programme.ProgrammeRequests.uniqueTitle;
import static io.dtmonitor.programme.programme.ProgrammeRequests.update;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtmonitor.platform.http.IdempotencyKeyPurge;
import io.dtmonitor.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgrammeApiTest {

  static final String POLTAVA = "UA-53";
  static final String KHARKIV = "UA-63";

  @Inject ProgrammeRepository programmes;
  @Inject IdempotencyKeyPurge purge;

  @Test
  void registersDraftWithEtagAndLocationAndReadsItBack() {
    String title = uniqueTitle();
    var created =
        register(Tokens.cdto(POLTAVA), passport(POLTAVA, title))
            .then()
            .statusCode(201)
            .header("ETag", "\"0\"")
            .header("Location", containsString("/api/v1/programmes/"))
            .body("regionCode", equalTo(POLTAVA))
            .body("currency", equalTo("UAH"))
            .body("status", equalTo("DRAFT"))
            .body("titleUk", equalTo(title))
            .extract();
    String id = created.path("id");

    as(Tokens.cdto(POLTAVA))
        .get("/api/v1/programmes/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("firstYear", equalTo(2021))
        .body("responsibleExecutors[0]", equalTo("Департамент цифрової трансформації"));
  }

  @Test
  void draftsAreHiddenFromOtherRegionsAndTheAnonymousButNotFromTheMinistry() {
    String id = registerId(Tokens.cdto(POLTAVA), passport(POLTAVA, uniqueTitle()));

    as(Tokens.cdto(KHARKIV)).get("/api/v1/programmes/" + id).then().statusCode(404);
    given().get("/api/v1/programmes/" + id).then().statusCode(404);
    as(Tokens.ministry()).get("/api/v1/programmes/" + id).then().statusCode(200);
    as(Tokens.ministry())
        .queryParam("region", POLTAVA)
        .queryParam("pageSize", 100)
        .get("/api/v1/programmes")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
    as(Tokens.cdto(KHARKIV))
        .queryParam("region", POLTAVA)
        .queryParam("pageSize", 100)
        .get("/api/v1/programmes")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(id)));
  }

  @Test
  void sameIdempotencyKeyAndBodyReturnsTheSameProgrammeAndCreatesOne() {
    String key = UUID.randomUUID().toString();
    String title = uniqueTitle();
    String body = passport(POLTAVA, title);

    String first =
        as(Tokens.cdto(POLTAVA))
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/v1/programmes")
            .then()
            .statusCode(201)
            .header("Idempotent-Replayed", "false")
            .extract()
            .path("id");
    String second =
        as(Tokens.cdto(POLTAVA))
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/v1/programmes")
            .then()
            .statusCode(201)
            .header("Idempotent-Replayed", "true")
            .extract()
            .path("id");

    assertEquals(first, second);
    assertEquals(
        1L,
        QuarkusTransaction.requiringNew().call(() -> programmes.count("passport.titleUk", title)));

    as(Tokens.cdto(POLTAVA))
        .header("Idempotency-Key", key)
        .body(passport(POLTAVA, uniqueTitle()))
        .post("/api/v1/programmes")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("https://dtmonitor.io/problems/unprocessable"));
  }

  @Test
  void anIdTokenOfTheRealmIsNotAnAccessToken() {
    String title = uniqueTitle();
    as(Tokens.builder("cdto-poltava").roles("cdto").region(POLTAVA).tokenType("ID").sign())
        .body(passport(POLTAVA, title))
        .post("/api/v1/programmes")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    as(Tokens.cdto(POLTAVA))
        .queryParam("region", POLTAVA)
        .get("/api/v1/programmes")
        .then()
        .statusCode(200)
        .body("items.titleUk", not(hasItem(title)));
  }

  @Test
  void aTokenSignedWithAnotherAlgorithmThanTheRealmsIsRefusedEvenWithItsKey() {
    as(Tokens.builder("cdto-poltava").roles("cdto").region(POLTAVA).signRs512())
        .body(passport(POLTAVA, uniqueTitle()))
        .post("/api/v1/programmes")
        .then()
        .statusCode(401);
    as(Tokens.cdto(POLTAVA))
        .body(passport(POLTAVA, uniqueTitle()))
        .post("/api/v1/programmes")
        .then()
        .statusCode(201);
  }

  @Test
  void anIdempotencyKeyPastItsTimeIsFreeAgainAndPurged() {
    String key = UUID.randomUUID().toString();
    String first =
        as(Tokens.cdto(POLTAVA))
            .header("Idempotency-Key", key)
            .body(passport(POLTAVA, uniqueTitle()))
            .post("/api/v1/programmes")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    ageIdempotencyKey(key);
    String second =
        as(Tokens.cdto(POLTAVA))
            .header("Idempotency-Key", key)
            .body(passport(POLTAVA, uniqueTitle()))
            .post("/api/v1/programmes")
            .then()
            .statusCode(201)
            .header("Idempotent-Replayed", "false")
            .extract()
            .path("id");
    assertNotEquals(
        first, second, "a key past its 24 hours is a new request, not a replay or a 422");

    ageIdempotencyKey(key);
    assertTrue(purge.purge() >= 1);
    assertEquals(
        0L,
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    ((Number)
                            programmes
                                .getEntityManager()
                                .createNativeQuery(
                                    "select count(*) from idempotency_key where idempotency_key = ?1")
                                .setParameter(1, key)
                                .getSingleResult())
                        .longValue()));
  }

  private void ageIdempotencyKey(String key) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                programmes
                    .getEntityManager()
                    .createNativeQuery(
                        "update idempotency_key set created_at = now() - interval '25 hours' where idempotency_key = ?1")
                    .setParameter(1, key)
                    .executeUpdate());
  }

  @Test
  void updateRequiresIfMatchAndRejectsStaleVersions() {
    String id = registerId(Tokens.cdto(POLTAVA), passport(POLTAVA, uniqueTitle()));
    String newTitle = uniqueTitle();

    as(Tokens.cdto(POLTAVA))
        .body(update(newTitle))
        .put("/api/v1/programmes/" + id)
        .then()
        .statusCode(428)
        .contentType("application/problem+json")
        .body("status", equalTo(428));
    as(Tokens.cdto(POLTAVA))
        .header("If-Match", "\"7\"")
        .body(update(newTitle))
        .put("/api/v1/programmes/" + id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    as(Tokens.cdto(POLTAVA))
        .header("If-Match", "\"0\"")
        .body(update(newTitle))
        .put("/api/v1/programmes/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("titleUk", equalTo(newTitle))
        .body("lastYear", equalTo(2024))
        .body("titleEn", equalTo(null));
    as(Tokens.cdto(POLTAVA))
        .header("If-Match", "\"0\"")
        .body(update(uniqueTitle()))
        .put("/api/v1/programmes/" + id)
        .then()
        .statusCode(412);

    as(Tokens.cdto(POLTAVA))
        .get("/api/v1/programmes/" + id)
        .then()
        .body("titleUk", equalTo(newTitle))
        .body("version", equalTo(1));
  }

  @Test
  void foreignRegionWritesAreForbiddenAndChangeNothing() {
    String title = uniqueTitle();
    String id = registerId(Tokens.cdto(POLTAVA), passport(POLTAVA, title));

    as(Tokens.cdto(KHARKIV))
        .header("If-Match", "\"0\"")
        .body(update(uniqueTitle()))
        .put("/api/v1/programmes/" + id)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("UA-53"));
    String foreignTitle = uniqueTitle();
    register(Tokens.cdto(KHARKIV), passport(POLTAVA, foreignTitle)).then().statusCode(403);
    register(Tokens.ministry(), passport(POLTAVA, uniqueTitle())).then().statusCode(403);

    Programme stored =
        QuarkusTransaction.requiringNew().call(() -> programmes.findById(UUID.fromString(id)));
    assertEquals(title, stored.passport.titleUk);
    assertEquals(0L, stored.version);
    assertEquals(
        0L,
        QuarkusTransaction.requiringNew()
            .call(() -> programmes.count("passport.titleUk", foreignTitle)));
  }

  @Test
  void listFiltersByYearAndStatusAndPagesWithCursor() {
    String region = "UA-59";
    for (int i = 0; i < 3; i++) {
      registerId(Tokens.cdto(region), passport(region, uniqueTitle()));
    }
    var firstPage =
        as(Tokens.cdto(region))
            .queryParam("region", region)
            .queryParam("year", 2022)
            .queryParam("status", "DRAFT")
            .queryParam("pageSize", 2)
            .get("/api/v1/programmes")
            .then()
            .statusCode(200)
            .body("items.size()", equalTo(2))
            .body("nextPageToken", notNullValue())
            .extract();
    as(Tokens.cdto(region))
        .queryParam("region", region)
        .queryParam("year", 2022)
        .queryParam("pageSize", 2)
        .queryParam("pageToken", firstPage.path("nextPageToken").toString())
        .get("/api/v1/programmes")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1))
        .body("items[0].id", not(equalTo(firstPage.path("items[1].id"))))
        .body("nextPageToken", equalTo(null));
    as(Tokens.cdto(region))
        .queryParam("region", region)
        .queryParam("year", 2030)
        .get("/api/v1/programmes")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
    as(Tokens.cdto(region))
        .queryParam("pageSize", 1000)
        .get("/api/v1/programmes")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("pageSize"));
    as(Tokens.cdto(region))
        .queryParam("pageToken", "not-a-token")
        .get("/api/v1/programmes")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("pageToken"));
  }
}
