package io.dtmonitor.indicator.catalogue;

import io.dtmonitor.platform.problem.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A methodology version of an indicator: the scale its values lie on and how often they are
 * produced. A scale the methodology does not state is the unit's: 0-100 for a percentage, 0 or 1
 * for a yes/no, at least 0 for a count (which is also whole); amounts and ratios are bounded only
 * where the methodology says so.
 */
public record Methodology(
    String indicatorCode,
    String version,
    Indicator.Unit unit,
    BigDecimal scaleMin,
    BigDecimal scaleMax,
    IndicatorRequest.Periodicity periodicity) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The lowest value allowed, or null when unbounded. */
  public BigDecimal lowest() {
    if (scaleMin != null) {
      return scaleMin;
    }
    return switch (unit) {
      case PERCENT, COUNT, BOOLEAN -> BigDecimal.ZERO;
      case RATIO, UAH_THOUSAND -> null;
    };
  }

  /** The highest value allowed, or null when unbounded. */
  public BigDecimal highest() {
    if (scaleMax != null) {
      return scaleMax;
    }
    return switch (unit) {
      case PERCENT -> HUNDRED;
      case BOOLEAN -> BigDecimal.ONE;
      case COUNT, RATIO, UAH_THOUSAND -> null;
    };
  }

  /** What is wrong with recording {@code value} for {@code period} under this methodology. */
  public List<FieldError> check(BigDecimal value, String period) {
    List<FieldError> errors = new ArrayList<>();
    BigDecimal lowest = lowest();
    BigDecimal highest = highest();
    if ((lowest != null && value.compareTo(lowest) < 0)
        || (highest != null && value.compareTo(highest) > 0)) {
      errors.add(
          FieldError.inBody(
              "value",
              "must lie on methodology %s's scale of %s, %s to %s"
                  .formatted(
                      version,
                      indicatorCode,
                      lowest == null ? "any" : lowest.toPlainString(),
                      highest == null ? "any" : highest.toPlainString())));
    }
    if ((unit == Indicator.Unit.COUNT || unit == Indicator.Unit.BOOLEAN)
        && value.stripTrailingZeros().scale() > 0) {
      errors.add(
          FieldError.inBody("value", "must be a whole number: " + indicatorCode + " counts"));
    }
    boolean quarter = period.length() > 4;
    if (quarter != (periodicity == IndicatorRequest.Periodicity.QUARTER)) {
      errors.add(
          FieldError.inBody(
              "period",
              "must be a %s: methodology %s of %s is %s"
                  .formatted(
                      quarter ? "year such as 2025" : "quarter such as 2025-Q2",
                      version,
                      indicatorCode,
                      quarter ? "annual" : "quarterly")));
    }
    return errors;
  }
}
