package io.dtmonitor.indicator.rollup;

import io.dtmonitor.indicator.catalogue.Indicator.Aggregation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules that derive a value a region has none of from the values it is made of: across its
 * children (an oblast's communities, a country's oblasts) by the indicator's region aggregation,
 * and across a year's quarters by its time aggregation. Pure: what to combine is decided by {@link
 * RollupService}.
 */
public final class Rollup {

  private static final int SCALE = 6;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Rollup() {}

  /** A value that goes into a rollup: a child's (with its population) or a quarter's. */
  public record Part(BigDecimal value, Long weight) {}

  /** A derived value, the rule that made it and how many of the parts it covers. */
  public record Derived(BigDecimal value, String rule, int covered, int total) {}

  /**
   * Across children: {@code parts} are the children's values of the rule's source (absent children
   * are left out), {@code total} how many children there are. Null when the rule derives nothing
   * from them.
   */
  public static Optional<Derived> acrossRegions(
      Aggregation rule, List<Part> parts, int total, BigDecimal threshold, boolean higherIsBetter) {
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal value =
        switch (rule) {
          case SUM -> sum(parts);
          case AVERAGE -> mean(parts);
          case WEIGHTED_AVERAGE -> weightedMean(parts);
          case MIN -> parts.stream().map(Part::value).min(Comparator.naturalOrder()).orElseThrow();
          case MAX -> parts.stream().map(Part::value).max(Comparator.naturalOrder()).orElseThrow();
          case SHARE -> threshold == null ? null : share(parts, threshold, higherIsBetter);
          case LAST, NONE -> null;
        };
    return Optional.ofNullable(value)
        .map(derived -> new Derived(scaled(derived), rule.name(), parts.size(), total));
  }

  /**
   * Across a year's quarters, in quarter order with null for a quarter without a value: LAST takes
   * the latest quarter's, SUM adds them (the latest one when the values are cumulative, being
   * year-to-date already), AVERAGE takes their mean.
   */
  public static Optional<Derived> acrossQuarters(
      Aggregation rule, boolean cumulative, List<BigDecimal> quarters) {
    List<Part> parts =
        quarters.stream().filter(Objects::nonNull).map(value -> new Part(value, null)).toList();
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    Aggregation applied = rule == Aggregation.SUM && cumulative ? Aggregation.LAST : rule;
    BigDecimal value =
        switch (applied) {
          case LAST -> parts.get(parts.size() - 1).value();
          case SUM -> sum(parts);
          case AVERAGE -> mean(parts);
          default -> null;
        };
    return Optional.ofNullable(value)
        .map(derived -> new Derived(scaled(derived), applied.name(), parts.size(), 4));
  }

  private static BigDecimal sum(List<Part> parts) {
    return parts.stream().map(Part::value).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal mean(List<Part> parts) {
    return sum(parts).divide(BigDecimal.valueOf(parts.size()), SCALE, RoundingMode.HALF_UP);
  }

  /** Weighted by population; null unless every part has one (a partial weighting would mislead). */
  private static BigDecimal weightedMean(List<Part> parts) {
    if (parts.stream().anyMatch(part -> part.weight() == null || part.weight() <= 0)) {
      return null;
    }
    BigDecimal weights =
        parts.stream()
            .map(part -> BigDecimal.valueOf(part.weight()))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return parts.stream()
        .map(part -> part.value().multiply(BigDecimal.valueOf(part.weight())))
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(weights, SCALE, RoundingMode.HALF_UP);
  }

  private static BigDecimal share(List<Part> parts, BigDecimal threshold, boolean higherIsBetter) {
    long meeting =
        parts.stream()
            .filter(
                part -> {
                  int comparison = part.value().compareTo(threshold);
                  return higherIsBetter ? comparison >= 0 : comparison <= 0;
                })
            .count();
    return BigDecimal.valueOf(meeting)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(parts.size()), SCALE, RoundingMode.HALF_UP);
  }

  private static BigDecimal scaled(BigDecimal value) {
    return value.setScale(SCALE, RoundingMode.HALF_UP);
  }
}
