package io.dtmonitor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dtmonitor.e2e.RunningSuite.Service;
import java.io.IOException;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The dashboard as a person sees it, in headless Chromium: after the seed import it shows the
 * seeded regions and numbers, draws its charts, switches period through the selector, lists only an
 * indicator chosen in the form, and logs no console or page errors.
 */
@Order(3)
class DashboardBrowserTest {

  @Test
  void theDashboardShowsTheSeededDataWithoutErrors() throws Exception {
    SeededSuite.firstImport();
    String base = RunningSuite.get().baseUri(Service.INDICATOR).toString();

    JsonNode result = browse(base, "2022", "2021");

    assertEquals(List.of(), texts(result.path("consoleErrors")), "console errors");
    assertEquals(List.of(), texts(result.path("pageErrors")), "page errors");
    assertEquals(List.of(), texts(result.path("failedRequests")), "failed requests");

    JsonNode first = result.path("first");
    assertEquals("2022", first.path("shownPeriod").asText());
    JsonNode poltavaBudget = regionRow(first.path("budget"), "UA-53");
    assertEquals("Полтавська область", poltavaBudget.path("cells").path(0).asText());
    assertTrue(
        poltavaBudget.path("cells").path(2).asText().startsWith("21185.7"),
        "planned 2022: " + poltavaBudget);
    assertEquals(
        "в межах фінансування",
        regionRow(first.path("budget"), "UA-63").path("cells").path(2).asText(),
        "Kharkiv plans only within funding, which is not 0");
    assertEquals("5", regionRow(first.path("reports"), "UA-53").path("cells").path(1).asText());
    assertTrue(first.path("charts").asInt() >= 1, "the budget chart: " + first);
    assertEquals(
        List.of("без рейтингу", "Полтавська область", "", "50.0"),
        texts(regionRow(first.path("index"), "UA-53").path("cells")).subList(0, 4),
        "Poltava's 2022 values cover half the index's weights: listed, not ranked");

    JsonNode second = result.path("second");
    assertTrue(second.path("url").asText().contains("period=2021"), second.path("url").asText());
    assertEquals("2021", second.path("shownPeriod").asText());
    JsonNode coverage =
        StreamSupport.stream(second.path("indicators").spliterator(), false)
            .filter(row -> "UA-53".equals(row.path("region").asText()))
            .filter(row -> "INTERNET_COVERAGE".equals(row.path("cells").path(1).asText()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no 2021 internet coverage: " + second));
    assertEquals("63.0", coverage.path("cells").path(2).asText());

    JsonNode third = result.path("third");
    String url = third.path("url").asText();
    assertTrue(url.contains("period=2021") && url.contains("indicator=INTERNET_COVERAGE"), url);
    assertEquals(
        List.of("INTERNET_COVERAGE"),
        StreamSupport.stream(third.path("indicators").spliterator(), false)
            .map(row -> row.path("cells").path(1).asText())
            .distinct()
            .toList(),
        "only the chosen indicator is listed");
    assertEquals(second.path("index"), third.path("index"), "the ranking does not change");
  }

  private static JsonNode browse(String base, String firstPeriod, String secondPeriod)
      throws IOException, InterruptedException {
    return NodeScript.run("dashboard-check.cjs", base, firstPeriod, secondPeriod);
  }

  private static JsonNode regionRow(JsonNode rows, String region) {
    return StreamSupport.stream(rows.spliterator(), false)
        .filter(row -> region.equals(row.path("region").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(region + " is not shown: " + rows));
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}
