package io.dtmonitor.indicator.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a value stands against its region's target. A target is a value to reach (from a baseline), a
 * range to stay within ({@code targetMin}..{@code targetMax}: within is on track), or a threshold
 * every unit must meet ({@code perUnitThreshold}, such as Kharkiv's at least 3 digital workplaces
 * in each community: a value per community at or past it is on track). Direction comes from the
 * indicator: reaching a target means at least it when higher is better, at most it otherwise.
 */
public final class TargetProgress {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private TargetProgress() {}

  /** Where a value stands against its target. */
  @Schema(name = "TargetStatus")
  public enum Status {
    ON_TRACK,
    NOT_REACHED,
    BELOW_RANGE,
    ABOVE_RANGE,
    BELOW_THRESHOLD
  }

  /**
   * Progress from the baseline (0 when none) to the target value, or to the range's nearer bound,
   * in %; 100 within the range; null when the target states no value or the baseline is the target.
   */
  public static BigDecimal percent(BigDecimal value, Target target) {
    if (isRange(target)) {
      if (within(value, target)) {
        return HUNDRED.setScale(1);
      }
      BigDecimal bound =
          value.compareTo(target.targetMin) < 0 ? target.targetMin : target.targetMax;
      return towards(value, target.baselineValue, bound);
    }
    return target.targetValue == null
        ? null
        : towards(value, target.baselineValue, target.targetValue);
  }

  /** The value's status against the target; null when the target says nothing to judge by. */
  public static Status status(BigDecimal value, Target target, boolean higherIsBetter) {
    if (isRange(target)) {
      if (value.compareTo(target.targetMin) < 0) {
        return Status.BELOW_RANGE;
      }
      return value.compareTo(target.targetMax) > 0 ? Status.ABOVE_RANGE : Status.ON_TRACK;
    }
    if (target.perUnitThreshold != null
        && !reaches(value, target.perUnitThreshold, higherIsBetter)) {
      return Status.BELOW_THRESHOLD;
    }
    if (target.targetValue != null) {
      return reaches(value, target.targetValue, higherIsBetter)
          ? Status.ON_TRACK
          : Status.NOT_REACHED;
    }
    return target.perUnitThreshold == null ? null : Status.ON_TRACK;
  }

  private static boolean isRange(Target target) {
    return target.targetMin != null && target.targetMax != null;
  }

  private static boolean within(BigDecimal value, Target target) {
    return value.compareTo(target.targetMin) >= 0 && value.compareTo(target.targetMax) <= 0;
  }

  private static boolean reaches(BigDecimal value, BigDecimal goal, boolean higherIsBetter) {
    int comparison = value.compareTo(goal);
    return higherIsBetter ? comparison >= 0 : comparison <= 0;
  }

  private static BigDecimal towards(BigDecimal value, BigDecimal baseline, BigDecimal goal) {
    BigDecimal from = baseline == null ? BigDecimal.ZERO : baseline;
    BigDecimal span = goal.subtract(from);
    if (span.signum() == 0) {
      return null;
    }
    return value.subtract(from).multiply(HUNDRED).divide(span, 1, RoundingMode.HALF_UP);
  }
}
