package io.dtmonitor.reporting.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A report filter of the wrong form is a 400 naming it and the form expected, never a 404. */
@QuarkusTest
class ReportFiltersTest {

  @Test
  void aFilterOfTheWrongFormIsA400NamingIt() {
    Map.of("programmeId", "not-a-uuid", "status", "LOST")
        .forEach(
            (parameter, value) ->
                given()
                    .queryParam(parameter, value)
                    .get("/api/v1/reports")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo(parameter))
                    .body(
                        "errors[0].message",
                        containsString(parameter.equals("status") ? "ACCEPTED" : "UUID")));
  }
}
