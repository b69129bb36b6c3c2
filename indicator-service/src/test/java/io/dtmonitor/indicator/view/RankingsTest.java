package io.dtmonitor.indicator.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dtmonitor.indicator.catalogue.Indicator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Competition ranks per indicator and methodology, in the indicator's direction. */
class RankingsTest {

  private static final Map<String, Indicator> CATALOGUE =
      Map.of("COVERAGE", indicator("COVERAGE", true), "WAIT_DAYS", indicator("WAIT_DAYS", false));

  @Test
  void equalValuesShareARankAndTheNextSkipsTheTie() {
    MeasuredValue first = value("COVERAGE", "80.0", "1");
    MeasuredValue tiedFirst = value("COVERAGE", "80", "1");
    MeasuredValue third = value("COVERAGE", "79.9", "1");
    Rankings rankings =
        Rankings.of(
            Map.of("A", List.of(third), "B", List.of(first), "C", List.of(tiedFirst)), CATALOGUE);

    assertEquals(1, rankings.rankOf(first));
    assertEquals(1, rankings.rankOf(tiedFirst), "80.0 and 80 are the same value");
    assertEquals(3, rankings.rankOf(third));
  }

  @Test
  void lowerIsBetterRanksTheSmallestFirst() {
    MeasuredValue quick = value("WAIT_DAYS", "2", "1");
    MeasuredValue slow = value("WAIT_DAYS", "14", "1");
    Rankings rankings = Rankings.of(Map.of("A", List.of(slow), "B", List.of(quick)), CATALOGUE);

    assertEquals(1, rankings.rankOf(quick));
    assertEquals(2, rankings.rankOf(slow));
  }

  @Test
  void valuesOfAnotherMethodologyAreRankedApart() {
    MeasuredValue oldScale = value("COVERAGE", "95", "1");
    MeasuredValue newScale = value("COVERAGE", "60", "2");
    MeasuredValue newScaleLower = value("COVERAGE", "55", "2");
    Rankings rankings =
        Rankings.of(
            Map.of("A", List.of(oldScale), "B", List.of(newScale), "C", List.of(newScaleLower)),
            CATALOGUE);

    assertEquals(1, rankings.rankOf(oldScale));
    assertEquals(1, rankings.rankOf(newScale));
    assertEquals(2, rankings.rankOf(newScaleLower));
  }

  private static MeasuredValue value(String indicator, String value, String methodology) {
    return new MeasuredValue(indicator, new BigDecimal(value), "FINAL", methodology, null);
  }

  private static Indicator indicator(String code, boolean higherIsBetter) {
    Indicator indicator = new Indicator();
    indicator.code = code;
    indicator.higherIsBetter = higherIsBetter;
    return indicator;
  }
}
