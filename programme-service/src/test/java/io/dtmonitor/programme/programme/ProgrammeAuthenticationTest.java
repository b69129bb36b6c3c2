package io.dtmonitor.programme.programme;

import static io.dtmonitor.programme.programme.ProgrammeRequests.passport;
import static io.dtmonitor.programme.programme.ProgrammeRequests.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dtmonitor.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Tokens that are missing, expired or forged are a 401 and write nothing. */
@QuarkusTest
class ProgrammeAuthenticationTest {

  static final String POLTAVA = "UA-53";

  @Inject ProgrammeRepository programmes;

  @Test
  void missingToken() {
    String title = "No token " + UUID.randomUUID();
    given()
        .contentType(ContentType.JSON)
        .body(passport(POLTAVA, title))
        .post("/api/v1/programmes")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer")
        .body("status", equalTo(401));
    assertNothingWritten(title);
  }

  @Test
  void aForgedTokenIsRefusedEvenWherePublicDataIsServed() {
    given()
        .auth()
        .oauth2(Tokens.builder("late").roles("cdto").region(POLTAVA).expired().sign())
        .get("/api/v1/regions")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given().get("/api/v1/regions").then().statusCode(200);
  }

  @Test
  void expiredToken() {
    rejected(Tokens.builder("late").roles("cdto").region(POLTAVA).expired().sign())
        .header(
            "WWW-Authenticate",
            containsString("error_description=\"The access token has expired\""));
  }

  @Test
  void wrongIssuer() {
    rejected(
        Tokens.builder("evil")
            .roles("cdto")
            .region(POLTAVA)
            .issuer("https://evil.example.com")
            .sign());
  }

  @Test
  void wrongAudience() {
    rejected(Tokens.builder("other").roles("cdto").region(POLTAVA).audience("other-api").sign());
  }

  @Test
  void signatureByAnUnpublishedKey() {
    rejected(Tokens.builder("forger").roles("cdto").region(POLTAVA).signWithForeignKey());
  }

  @Test
  void tamperedToken() {
    String token = Tokens.cdto("UA-63");
    String[] parts = token.split("\\.");
    String payload =
        new String(
                java.util.Base64.getUrlDecoder().decode(parts[1]),
                java.nio.charset.StandardCharsets.UTF_8)
            .replace("UA-63", "UA-53");
    String forged =
        parts[0]
            + "."
            + java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            + "."
            + parts[2];
    rejected(forged);
  }

  @Test
  void validTokenWithoutTheRoleIsForbidden() {
    String title = "Reviewer " + UUID.randomUUID();
    register(Tokens.reviewer(POLTAVA), passport(POLTAVA, title))
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    assertNothingWritten(title);
  }

  /** A refused token: a 401 whose challenge says the token is invalid (RFC 6750), no write. */
  private ValidatableResponse rejected(String token) {
    String title = "Rejected " + UUID.randomUUID();
    ValidatableResponse response =
        register(token, passport(POLTAVA, title))
            .then()
            .statusCode(401)
            .contentType("application/problem+json")
            .body("type", equalTo("https://dtmonitor.io/problems/unauthenticated"))
            .header("WWW-Authenticate", startsWith("Bearer error=\"invalid_token\""));
    assertNothingWritten(title);
    return response;
  }

  private void assertNothingWritten(String title) {
    assertEquals(
        0L,
        QuarkusTransaction.requiringNew().call(() -> programmes.count("passport.titleUk", title)));
  }
}
