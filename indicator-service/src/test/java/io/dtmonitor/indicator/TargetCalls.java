package io.dtmonitor.indicator;

import static io.restassured.RestAssured.given;

import io.dtmonitor.platform.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Calls of the target API the tests share. */
final class TargetCalls {

  private TargetCalls() {}

  /**
   * Sets a target as the CDTO of {@code region}; {@code goal} is the JSON of its value fields, e.g.
   * {@code "targetValue": "10"}.
   */
  static Response set(String ifMatch, String region, String indicator, int year, String goal) {
    var request =
        given()
            .auth()
            .oauth2(Tokens.cdto(region))
            .contentType(ContentType.JSON)
            .body(
                "{\"regionCode\": \"%s\", \"indicatorCode\": \"%s\", \"targetYear\": %d, %s}"
                    .formatted(region, indicator, year, goal));
    if (ifMatch != null) {
      request = request.header("If-Match", ifMatch);
    }
    return request.put("/api/v1/targets");
  }
}
