package io.dtmonitor.indicator.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DT Monitor's composite index of a period: each weighted indicator is normalised min-max across
 * the regions that have a value (inverted when lower is better; 1 when all values are equal), and a
 * region's index is the weighted mean of the components it has, x 100. Coverage says which share of
 * the weight the region's values cover, so a partial index is visible as such.
 */
final class CompositeIndex {

  static final String METHODOLOGY = "DTM-1";

  private CompositeIndex() {}

  /** A region's index. */
  record Score(BigDecimal value, BigDecimal coverage) {}

  static Map<String, Score> compute(
      Map<String, List<MeasuredValue>> valuesByRegion,
      Map<String, BigDecimal> weights,
      Set<String> lowerIsBetter) {
    Map<String, BigDecimal[]> ranges = new HashMap<>();
    valuesByRegion
        .values()
        .forEach(
            values ->
                values.stream()
                    .filter(v -> weights.containsKey(v.indicatorCode()))
                    .forEach(
                        v ->
                            ranges.merge(
                                v.indicatorCode(),
                                new BigDecimal[] {v.value(), v.value()},
                                (a, b) -> new BigDecimal[] {a[0].min(b[0]), a[1].max(b[1])})));
    BigDecimal totalWeight = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    Map<String, Score> scores = new HashMap<>();
    valuesByRegion.forEach(
        (region, values) -> {
          BigDecimal weighted = BigDecimal.ZERO;
          BigDecimal covered = BigDecimal.ZERO;
          for (MeasuredValue value : values) {
            BigDecimal weight = weights.get(value.indicatorCode());
            if (weight == null) {
              continue;
            }
            BigDecimal[] range = ranges.get(value.indicatorCode());
            BigDecimal span = range[1].subtract(range[0]);
            BigDecimal normalised =
                span.signum() == 0
                    ? BigDecimal.ONE
                    : value.value().subtract(range[0]).divide(span, 10, RoundingMode.HALF_UP);
            if (lowerIsBetter.contains(value.indicatorCode())) {
              normalised = BigDecimal.ONE.subtract(normalised);
            }
            weighted = weighted.add(weight.multiply(normalised));
            covered = covered.add(weight);
          }
          if (covered.signum() > 0) {
            scores.put(
                region,
                new Score(
                    weighted
                        .multiply(BigDecimal.valueOf(100))
                        .divide(covered, 1, RoundingMode.HALF_UP),
                    covered
                        .multiply(BigDecimal.valueOf(100))
                        .divide(totalWeight, 1, RoundingMode.HALF_UP)));
          }
        });
    return scores;
  }
}
