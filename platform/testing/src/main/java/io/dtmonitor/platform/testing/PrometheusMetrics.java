package io.dtmonitor.platform.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The service's Prometheus metrics as a scraper reads them from its management interface. */
public final class PrometheusMetrics {

  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$", Pattern.MULTILINE);
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"([^\"]*)\"");

  private PrometheusMetrics() {}

  /**
   * The sum of the samples of {@code name} whose labels include every one of {@code labels}; {@code
   * NaN} when there is no such sample.
   */
  public static double sum(String name, Map<String, String> labels) {
    return sum(
        ManagementInterface.given().get("/q/metrics").then().statusCode(200).extract().asString(),
        name,
        labels);
  }

  /** As {@link #sum(String, Map)}, of metrics already scraped (Prometheus text format). */
  public static double sum(String scraped, String name, Map<String, String> labels) {
    Matcher sample = SAMPLE.matcher(scraped);
    double sum = 0;
    boolean found = false;
    while (sample.find()) {
      if (sample.group(1).equals(name)
          && labelsOf(sample.group(2)).entrySet().containsAll(labels.entrySet())) {
        sum += Double.parseDouble(sample.group(3));
        found = true;
      }
    }
    return found ? sum : Double.NaN;
  }

  private static Map<String, String> labelsOf(String text) {
    Map<String, String> labels = new HashMap<>();
    if (text != null) {
      Matcher label = LABEL.matcher(text);
      while (label.find()) {
        labels.put(label.group(1), label.group(2));
      }
    }
    return labels;
  }
}
