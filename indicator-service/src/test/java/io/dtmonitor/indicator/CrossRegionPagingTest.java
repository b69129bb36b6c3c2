package io.dtmonitor.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dtmonitor.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The cross-region view comes a page of regions at a time in region code order, every page ranked
 * and indexed among all the jurisdiction's regions, with each row's trend against the previous
 * period; a page size out of bounds or a token the view did not issue is a problem.
 */
@QuarkusTest
class CrossRegionPagingTest {

  private static final String PERIOD = "2014";

  @Test
  void thePagesTogetherHoldTheOnePageViewWithItsRanksIndexAndTrends() {
    recordCoverage("UA-05", "2013", "50");
    recordCoverage("UA-71", "2013", "60");
    recordCoverage("UA-77", "2013", "75");
    recordCoverage("UA-05", PERIOD, "70");
    recordCoverage("UA-46", PERIOD, "90");
    recordCoverage("UA-71", PERIOD, "65");
    recordCoverage("UA-77", PERIOD, "70");

    JsonPath onePage =
        view().get("/api/v1/cross-region").then().statusCode(200).extract().jsonPath();
    assertNull(onePage.get("nextPageToken"), "every oblast fits on the default page");
    List<Map<String, Object>> whole = onePage.getList("regions");
    assertEquals(27, whole.size());

    List<Map<String, Object>> paged = new ArrayList<>();
    List<Integer> pageSizes = new ArrayList<>();
    String token = null;
    do {
      RequestSpecification request = view().queryParam("pageSize", 10);
      if (token != null) {
        request.queryParam("pageToken", token);
      }
      JsonPath page =
          request.get("/api/v1/cross-region").then().statusCode(200).extract().jsonPath();
      List<Map<String, Object>> regions = page.getList("regions");
      pageSizes.add(regions.size());
      paged.addAll(regions);
      token = page.get("nextPageToken");
    } while (token != null);

    assertEquals(List.of(10, 10, 7), pageSizes);
    assertEquals(whole, paged, "the pages hold the one-page view's rows, in the same order");
    assertEquals(
        whole.stream().map(r -> (String) r.get("regionCode")).sorted().toList(),
        paged.stream().map(r -> (String) r.get("regionCode")).toList());

    // UA-71 and UA-77 are on the last page: ranked among every region, not among the page's, and
    // UA-05 and UA-77 are the first and the last region of their pages.
    coverage(paged, "UA-46").assertRank(1).assertTrend(null, null);
    coverage(paged, "UA-05").assertRank(2).assertTrend("50.0", "UP");
    coverage(paged, "UA-77").assertRank(2).assertTrend("75.0", "DOWN");
    coverage(paged, "UA-71").assertRank(4).assertTrend("60.0", "UP");
  }

  @Test
  void aPageSizeOutOfBoundsOrAForeignTokenIsAProblem() {
    for (int size : new int[] {0, 501}) {
      view()
          .queryParam("pageSize", size)
          .get("/api/v1/cross-region")
          .then()
          .statusCode(400)
          .contentType(containsString("application/problem+json"))
          .body("errors[0].field", equalTo("pageSize"));
    }
    view()
        .queryParam("pageToken", "not-a-token")
        .get("/api/v1/cross-region")
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"))
        .body("errors[0].field", equalTo("pageToken"));
    view()
        .queryParam("pageSize", 500)
        .get("/api/v1/cross-region")
        .then()
        .statusCode(200)
        .body("nextPageToken", nullValue());
  }

  private static RequestSpecification view() {
    return given().queryParam("period", PERIOD).queryParam("indicator", "INTERNET_COVERAGE");
  }

  private static void recordCoverage(String region, String period, String value) {
    IndicatorsTest.record(
            Tokens.cdto(region), region, "INTERNET_COVERAGE", period, value, "FINAL", null)
        .then()
        .statusCode(201);
  }

  @SuppressWarnings("unchecked")
  private static Coverage coverage(List<Map<String, Object>> rows, String region) {
    Map<String, Object> row =
        rows.stream().filter(r -> region.equals(r.get("regionCode"))).findFirst().orElseThrow();
    List<Map<String, Object>> values = (List<Map<String, Object>>) row.get("indicators");
    assertEquals(1, values.size(), region + " lists the one indicator asked for");
    return new Coverage(region, values.get(0));
  }

  /** One region's INTERNET_COVERAGE value in the view. */
  private record Coverage(String region, Map<String, Object> value) {

    Coverage assertRank(int rank) {
      assertEquals(rank, value.get("rank"), region + "'s rank");
      return this;
    }

    void assertTrend(String previousValue, String trend) {
      assertEquals(previousValue, value.get("previousValue"), region + "'s previous value");
      assertEquals(trend, value.get("trend"), region + "'s trend");
    }
  }
}
