package io.dtmonitor.indicator.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Competition ranks per methodology, in the indicator's direction. */
class RankingsTest {

  @Test
  void equalValuesShareARankAndTheNextSkipsTheTie() {
    MeasuredValue first = value("80.0", "1");
    MeasuredValue tiedFirst = value("80", "1");
    MeasuredValue third = value("79.9", "1");
    Rankings rankings = Rankings.of(List.of(third, first, tiedFirst), true);

    assertEquals(1, rankings.rankOf(first));
    assertEquals(1, rankings.rankOf(tiedFirst), "80.0 and 80 are the same value");
    assertEquals(3, rankings.rankOf(third));
  }

  @Test
  void lowerIsBetterRanksTheSmallestFirst() {
    MeasuredValue quick = value("2", "1");
    MeasuredValue slow = value("14", "1");
    Rankings rankings = Rankings.of(List.of(slow, quick), false);

    assertEquals(1, rankings.rankOf(quick));
    assertEquals(2, rankings.rankOf(slow));
  }

  @Test
  void valuesOfAnotherMethodologyAreRankedApart() {
    MeasuredValue oldScale = value("95", "1");
    MeasuredValue newScale = value("60", "2");
    MeasuredValue newScaleLower = value("55", "2");
    Rankings rankings = Rankings.of(List.of(oldScale, newScale, newScaleLower), true);

    assertEquals(1, rankings.rankOf(oldScale));
    assertEquals(1, rankings.rankOf(newScale));
    assertEquals(2, rankings.rankOf(newScaleLower));
  }

  private static MeasuredValue value(String value, String methodology) {
    return new MeasuredValue("COVERAGE", new BigDecimal(value), "FINAL", methodology, null);
  }
}
