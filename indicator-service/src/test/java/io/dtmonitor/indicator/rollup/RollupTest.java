package io.dtmonitor.indicator.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtmonitor.indicator.catalogue.Indicator.Aggregation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule of {@link Rollup} on small cases worked by hand. */
class RollupTest {

  private static final List<Rollup.Part> CHILDREN =
      List.of(part("4", 10), part("3", 20), part("2", 30), part("5", 40));

  @Test
  void acrossRegionsEachRuleCombinesTheChildrenItHas() {
    assertEquals("14.000000 SUM 4/5", across(Aggregation.SUM, CHILDREN, null, true));
    assertEquals("3.500000 AVERAGE 4/5", across(Aggregation.AVERAGE, CHILDREN, null, true));
    // (4 x 10 + 3 x 20 + 2 x 30 + 5 x 40) / 100 = 3.6
    assertEquals(
        "3.600000 WEIGHTED_AVERAGE 4/5",
        across(Aggregation.WEIGHTED_AVERAGE, CHILDREN, null, true));
    assertEquals("2.000000 MIN 4/5", across(Aggregation.MIN, CHILDREN, null, true));
    assertEquals("5.000000 MAX 4/5", across(Aggregation.MAX, CHILDREN, null, true));
    // At least 3: 4, 3 and 5 of four.
    assertEquals("75.000000 SHARE 4/5", across(Aggregation.SHARE, CHILDREN, "3", true));
    // At most 3 when lower is better: 3 and 2.
    assertEquals("50.000000 SHARE 4/5", across(Aggregation.SHARE, CHILDREN, "3", false));
  }

  @Test
  void nothingIsDerivedWithoutTheRulesInputs() {
    assertTrue(
        Rollup.acrossRegions(Aggregation.SUM, List.of(), 5, null, true).isEmpty(), "no children");
    assertTrue(
        Rollup.acrossRegions(Aggregation.SHARE, CHILDREN, 5, null, true).isEmpty(), "no threshold");
    assertTrue(
        Rollup.acrossRegions(
                Aggregation.WEIGHTED_AVERAGE,
                List.of(part("1", 10), part("2", null)),
                5,
                null,
                true)
            .isEmpty(),
        "a child without a population");
    assertTrue(Rollup.acrossRegions(Aggregation.NONE, CHILDREN, 5, null, true).isEmpty());
  }

  @Test
  void acrossQuartersLastSumOrMeanAndCumulativeSumsTakeTheLatest() {
    List<BigDecimal> quarters =
        Arrays.asList(new BigDecimal("10"), null, new BigDecimal("30"), null);
    assertEquals("30.000000 LAST 2/4", quarters(Aggregation.LAST, false, quarters));
    assertEquals("40.000000 SUM 2/4", quarters(Aggregation.SUM, false, quarters));
    assertEquals("30.000000 LAST 2/4", quarters(Aggregation.SUM, true, quarters), "year-to-date");
    assertEquals("20.000000 AVERAGE 2/4", quarters(Aggregation.AVERAGE, false, quarters));
    assertTrue(Rollup.acrossQuarters(Aggregation.NONE, false, quarters).isEmpty());
  }

  private static String across(
      Aggregation rule, List<Rollup.Part> parts, String threshold, boolean higherIsBetter) {
    return text(
        Rollup.acrossRegions(
                rule,
                parts,
                5,
                threshold == null ? null : new BigDecimal(threshold),
                higherIsBetter)
            .orElseThrow());
  }

  private static String quarters(Aggregation rule, boolean cumulative, List<BigDecimal> values) {
    return text(Rollup.acrossQuarters(rule, cumulative, values).orElseThrow());
  }

  private static String text(Rollup.Derived derived) {
    return derived.value().toPlainString()
        + " "
        + derived.rule()
        + " "
        + derived.covered()
        + "/"
        + derived.total();
  }

  private static Rollup.Part part(String value, Integer population) {
    return new Rollup.Part(
        new BigDecimal(value), population == null ? null : population.longValue());
  }
}
