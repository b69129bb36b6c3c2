package io.dtmonitor.indicator;

import static io.restassured.RestAssured.given;

import io.dtmonitor.platform.testing.Tokens;
import io.restassured.http.ContentType;

/** Calls of the observation API the tests share. */
final class ObservationCalls {

  private ObservationCalls() {}

  /** Records a FINAL value as the CDTO of {@code region}; fails unless it is created. */
  static void recordFinal(String region, String indicator, String period, String value) {
    given()
        .auth()
        .oauth2(Tokens.cdto(region))
        .contentType(ContentType.JSON)
        .body(
            "{\"regionCode\": \"%s\", \"indicatorCode\": \"%s\", \"period\": \"%s\", \"value\": \"%s\", \"status\": \"FINAL\"}"
                .formatted(region, indicator, period, value))
        .post("/api/v1/observations")
        .then()
        .statusCode(201);
  }
}
