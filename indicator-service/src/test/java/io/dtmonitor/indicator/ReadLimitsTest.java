package io.dtmonitor.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.dtmonitor.indicator.export.DownloadSlots;
import io.dtmonitor.platform.problem.ProblemException;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Limits of the read side under a small configuration: a view larger than its limit is refused
 * whole and served for fewer indicators; a CSV download over the bound on concurrent downloads is
 * refused with a 503 and served once a slot is free.
 */
@QuarkusTest
@TestProfile(ReadLimitsTest.SmallLimits.class)
class ReadLimitsTest {

  /**
   * Views of at most 200 values (fewer than 27 regions x the whole catalogue, more than x 5) and
   * two downloads at once.
   */
  public static class SmallLimits implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "dtm.cross-region.max-values", "200", "dtm.export.max-concurrent-downloads", "2");
    }
  }

  @Inject DownloadSlots downloads;

  @Test
  void aDownloadOverTheBoundIsRefusedUntilASlotIsFree() throws InterruptedException {
    DownloadSlots.Slot first = downloads.take();
    DownloadSlots.Slot second = downloads.take();
    try {
      given()
          .get("/api/v1/exports/observations.csv")
          .then()
          .statusCode(503)
          .contentType(containsString("application/problem+json"))
          .header("Retry-After", notNullValue())
          .body("detail", containsString("Too many CSV downloads"));
      second.close();
      second.close();
      given()
          .get("/api/v1/exports/observations.csv")
          .then()
          .statusCode(200)
          .contentType(containsString("text/csv"));
      DownloadSlots.Slot again = awaitFreeSlot();
      try {
        given().get("/api/v1/exports/observations.csv").then().statusCode(503);
      } finally {
        again.close();
      }
    } finally {
      first.close();
      second.close();
    }
  }

  /** The slot the finished download held, freed when its response ended. */
  private DownloadSlots.Slot awaitFreeSlot() throws InterruptedException {
    for (int attempt = 0; attempt < 50; attempt++) {
      try {
        return downloads.take();
      } catch (ProblemException busy) {
        Thread.sleep(100);
      }
    }
    throw new AssertionError("the finished download never freed its slot");
  }

  @Test
  void aViewOverTheLimitIsRefusedAndFewerIndicatorsAreServed() {
    given()
        .queryParam("period", "2022")
        .get("/api/v1/cross-region")
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"))
        .body("errors[0].field", equalTo("indicator"))
        .body("errors[0].message", containsString("over the limit of 200"));
    given()
        .queryParam("period", "2022")
        .queryParam("indicator", "INTERNET_COVERAGE")
        .queryParam("indicator", "CNAP_COUNT")
        .get("/api/v1/cross-region")
        .then()
        .statusCode(200)
        .body("regions.size()", equalTo(27));
  }
}
