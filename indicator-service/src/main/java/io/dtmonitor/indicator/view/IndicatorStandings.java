package io.dtmonitor.indicator.view;

import java.util.Map;

/**
 * One indicator's values in the view's period for every region of a jurisdiction that has one, with
 * their ranks, and the jurisdiction's own published value (a national aggregate), which is shown
 * but not ranked.
 */
record IndicatorStandings(
    Map<String, MeasuredValue> byRegion, MeasuredValue published, Rankings rankings) {

  /** The standings of the regions' values, when the jurisdiction publishes none of its own. */
  static IndicatorStandings of(Map<String, MeasuredValue> byRegion, boolean higherIsBetter) {
    return of(byRegion, null, higherIsBetter);
  }

  static IndicatorStandings of(
      Map<String, MeasuredValue> byRegion, MeasuredValue published, boolean higherIsBetter) {
    return new IndicatorStandings(
        Map.copyOf(byRegion), published, Rankings.of(byRegion.values(), higherIsBetter));
  }

  /** How many values the standings hold. */
  int size() {
    return byRegion.size() + (published == null ? 0 : 1);
  }
}
