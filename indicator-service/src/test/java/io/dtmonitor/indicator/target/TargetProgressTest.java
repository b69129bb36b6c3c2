package io.dtmonitor.indicator.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Each kind of target judged at its edges, in both directions. */
class TargetProgressTest {

  @Test
  void aValueToReachIsReachedAtItInTheIndicatorsDirection() {
    Target fromTen = target(null, null, null, "10");
    fromTen.targetValue = new BigDecimal("20");
    assertEquals(TargetProgress.Status.ON_TRACK, status("20", fromTen, true));
    assertEquals(TargetProgress.Status.NOT_REACHED, status("19.9", fromTen, true));
    assertEquals(new BigDecimal("50.0"), TargetProgress.percent(new BigDecimal("15"), fromTen));
    Target fewer = target(null, null, null, null);
    fewer.targetValue = new BigDecimal("5");
    assertEquals(TargetProgress.Status.ON_TRACK, status("4", fewer, false), "lower is better");
    assertEquals(TargetProgress.Status.NOT_REACHED, status("6", fewer, false));
  }

  @Test
  void aRangeIsOnTrackFromOneBoundToTheOther() {
    Target range = target("60", "80", null, null);
    assertEquals(TargetProgress.Status.ON_TRACK, status("60", range, true));
    assertEquals(TargetProgress.Status.ON_TRACK, status("80", range, true));
    assertEquals(TargetProgress.Status.BELOW_RANGE, status("59.9", range, true));
    assertEquals(TargetProgress.Status.ABOVE_RANGE, status("80.1", range, true));
    assertEquals(new BigDecimal("100.0"), TargetProgress.percent(new BigDecimal("70"), range));
    assertEquals(new BigDecimal("50.0"), TargetProgress.percent(new BigDecimal("30"), range));
  }

  @Test
  void aPerUnitThresholdMustBeMetBeforeTheTargetCounts() {
    Target threshold = target(null, null, "3", null);
    assertEquals(TargetProgress.Status.ON_TRACK, status("3", threshold, true));
    assertEquals(TargetProgress.Status.BELOW_THRESHOLD, status("2.9", threshold, true));
    assertNull(TargetProgress.percent(new BigDecimal("2"), threshold), "no value to progress to");
  }

  private static TargetProgress.Status status(String value, Target target, boolean higher) {
    return TargetProgress.status(new BigDecimal(value), target, higher);
  }

  private static Target target(String min, String max, String threshold, String baseline) {
    Target target = new Target();
    target.targetMin = min == null ? null : new BigDecimal(min);
    target.targetMax = max == null ? null : new BigDecimal(max);
    target.perUnitThreshold = threshold == null ? null : new BigDecimal(threshold);
    target.baselineValue = baseline == null ? null : new BigDecimal(baseline);
    return target;
  }
}
