package io.dtmonitor.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The dashboard page without a browser: it renders for a period with the period selector set, with
 * the security headers and its content policy, and a malformed period is a problem, not a page. The
 * browser test in e2e/ checks the seeded numbers.
 */
@QuarkusTest
class DashboardPageTest {

  @Test
  void rendersThePeriodWithTheSelectorSetToIt() {
    given()
        .get("/dashboard?period=2022-Q3&jurisdiction=UA")
        .then()
        .statusCode(200)
        .contentType(startsWith("text/html"))
        .body(containsString("<option value=\"2022-Q3\" selected>"))
        .body(containsString("<strong id=\"shown-period\">2022-Q3</strong>"))
        .body(containsString("/webjars/echarts/dist/echarts.min.js"));
  }

  @Test
  void everyAnswerCarriesTheSecurityHeadersAndTheDashboardItsContentPolicy() {
    given()
        .get("/dashboard?period=2022")
        .then()
        .statusCode(200)
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY")
        .header("Referrer-Policy", "no-referrer")
        .header("Content-Security-Policy", containsString("script-src 'self';"))
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    given()
        .get("/api/v1/indicators")
        .then()
        .statusCode(200)
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer");
    given()
        .get("/dashboard?period=2022-Q5")
        .then()
        .statusCode(400)
        .header("X-Content-Type-Options", "nosniff");
  }

  @Test
  void theChartLibraryIsServedFromItsWebjar() {
    given()
        .get("/webjars/echarts/dist/echarts.min.js")
        .then()
        .statusCode(200)
        .body(containsString("echarts"));
  }

  @Test
  void aMalformedPeriodIsAProblem() {
    given()
        .get("/dashboard?period=2022-Q5")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("period"));
  }
}
