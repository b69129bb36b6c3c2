package io.dtmonitor.indicator;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;

/** The JSON export of one region walked page by page, as a client follows nextPageToken. */
final class ExportPages {

  private static final int MAX_PAGES = 1_000;

  private ExportPages() {}

  static List<JsonPath> of(String region, int pageSize) {
    List<JsonPath> pages = new ArrayList<>();
    String token = null;
    do {
      if (pages.size() == MAX_PAGES) {
        throw new AssertionError("the export did not end within " + MAX_PAGES + " pages");
      }
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
