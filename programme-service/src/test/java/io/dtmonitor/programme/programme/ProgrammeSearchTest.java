package io.dtmonitor.programme.programme;

import static io.dtmonitor.programme.programme.ProgrammeRequests.as;
import static io.dtmonitor.programme.programme.ProgrammeRequests.passport;
import static io.dtmonitor.programme.programme.ProgrammeRequests.registerId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dtmonitor.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Programmes are found by any part of their title, whatever its case, spacing or apostrophe, and
 * listed in title order, page by page.
 */
@QuarkusTest
class ProgrammeSearchTest {

  private static final String REGION = "UA-74";

  @Test
  void aTitleIsFoundWhateverItsCaseSpacingAndApostropheAndTheListIsInTitleOrder() {
    String marker = UUID.randomUUID().toString();
    String cdto = Tokens.cdto(REGION);
    String digital = registerId(cdto, passport(REGION, "Цифрова Обʼєднана   ГРОМАДА " + marker));
    String analytics = registerId(cdto, passport(REGION, "аналітика обласна " + marker));
    String safe = registerId(cdto, passport(REGION, "Безпечна Об’єднана мережа " + marker));

    assertEquals(List.of(digital), ids(search("об'єднана громада " + marker, 20)));
    assertEquals(
        List.of(safe, digital),
        ids(search("Об'єднана", 20)).stream()
            .filter(id -> id.equals(safe) || id.equals(digital))
            .toList());
    assertEquals(List.of(), ids(search(marker + "%", 20)), "% is a letter, not a wildcard");

    List<String> pages = new ArrayList<>();
    String token = "";
    while (token != null) {
      JsonPath page =
          as(cdto)
              .queryParam("region", REGION)
              .queryParam("title", marker)
              .queryParam("pageSize", 1)
              .queryParam("pageToken", token)
              .get("/api/v1/programmes")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      pages.addAll(ids(page));
      token = page.getString("nextPageToken");
    }
    assertEquals(List.of(analytics, safe, digital), pages, "а, б, ц: title order");
  }

  @Test
  void anOverlongTitleFilterIsA400NamingIt() {
    as(Tokens.cdto(REGION))
        .queryParam("title", "я".repeat(201))
        .get("/api/v1/programmes")
        .then()
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("title"));
  }

  private static JsonPath search(String title, int pageSize) {
    return as(Tokens.cdto(REGION))
        .queryParam("region", REGION)
        .queryParam("title", title)
        .queryParam("pageSize", pageSize)
        .get("/api/v1/programmes")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static List<String> ids(JsonPath page) {
    return page.getList("items.id", String.class);
  }
}
