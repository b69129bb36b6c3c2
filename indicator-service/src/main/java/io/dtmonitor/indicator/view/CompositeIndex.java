package io.dtmonitor.indicator.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * DT Monitor's composite index of a period (docs/services/indicator-service.md states it as the
 * OECD/JRC handbook asks). Each component's value is normalised between the goalposts of its
 * methodology, {@code (value - lower) / (upper - lower)}, clamped to 0..1 and inverted when lower
 * is better, so a score does not depend on which other regions have values. A region's index is the
 * weighted arithmetic mean of the components it has, x 100, but only when they cover at least the
 * methodology's minimum share of the weights: below it the region is not ranked, and the score says
 * its coverage and which components are missing instead of a value.
 */
final class CompositeIndex {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private CompositeIndex() {}

  /** A component: its weight and the goalposts its values are normalised between. */
  record Component(
      BigDecimal weight, BigDecimal lowerBound, BigDecimal upperBound, boolean lowerIsBetter) {

    /** The value on 0..1, goalposts clamped, 1 the best. */
    BigDecimal normalise(BigDecimal value) {
      BigDecimal share =
          value
              .subtract(lowerBound)
              .divide(upperBound.subtract(lowerBound), 10, RoundingMode.HALF_UP)
              .max(BigDecimal.ZERO)
              .min(BigDecimal.ONE);
      return lowerIsBetter ? BigDecimal.ONE.subtract(share) : share;
    }
  }

  /** An index methodology: the minimum coverage of the weights and the components by indicator. */
  record Methodology(String code, BigDecimal minCoverage, Map<String, Component> components) {

    BigDecimal totalWeight() {
      return components.values().stream()
          .map(Component::weight)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  /**
   * A region's index: {@code value} is null when the region is not ranked; coverage is the share of
   * the weights its values cover, in %.
   */
  record Score(BigDecimal value, BigDecimal coverage, boolean ranked, List<String> missing) {}

  /** The score of every region in {@code regions}, from the weighted values each has. */
  static Map<String, Score> compute(
      Set<String> regions,
      Map<String, List<MeasuredValue>> valuesByRegion,
      Methodology methodology) {
    BigDecimal totalWeight = methodology.totalWeight();
    Map<String, Score> scores = new HashMap<>();
    for (String region : regions) {
      BigDecimal weighted = BigDecimal.ZERO;
      BigDecimal covered = BigDecimal.ZERO;
      Set<String> missing = new TreeSet<>(methodology.components().keySet());
      for (MeasuredValue value : valuesByRegion.getOrDefault(region, List.of())) {
        Component component = methodology.components().get(value.indicatorCode());
        if (component == null || !missing.remove(value.indicatorCode())) {
          continue;
        }
        weighted = weighted.add(component.weight().multiply(component.normalise(value.value())));
        covered = covered.add(component.weight());
      }
      boolean ranked =
          covered.signum() > 0
              && covered.compareTo(totalWeight.multiply(methodology.minCoverage())) >= 0;
      scores.put(
          region,
          new Score(
              ranked ? weighted.multiply(HUNDRED).divide(covered, 1, RoundingMode.HALF_UP) : null,
              covered.multiply(HUNDRED).divide(totalWeight, 1, RoundingMode.HALF_UP),
              ranked,
              new ArrayList<>(missing)));
    }
    return scores;
  }
}
