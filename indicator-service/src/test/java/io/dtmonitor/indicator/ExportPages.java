package io.dtmonitor.indicator;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;

/** The JSON export of one region walked page by page, as a client follows nextPageToken. */
final class ExportPages {

  private ExportPages() {}

  static List<JsonPath> of(String region, int pageSize) {
    List<JsonPath> pages = new ArrayList<>();
    String token = null;
    do {
      JsonPath page =
          given()
              .queryParam("region", region)
              .queryParam("pageSize", pageSize)
              .queryParam("pageToken", token == null ? "" : token)
              .get("/api/v1/exports/observations")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      pages.add(page);
      token = page.getString("nextPageToken");
    } while (token != null);
    return pages;
  }
}
