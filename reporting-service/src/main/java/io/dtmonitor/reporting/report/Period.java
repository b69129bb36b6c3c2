package io.dtmonitor.reporting.report;

import io.dtmonitor.platform.problem.ProblemException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting period: a quarter ({@code 2022-Q3}) or a year ({@code 2022}). */
public record Period(PeriodType type, int year, Integer quarter) {

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-Q([1-4]))?");

  public static Period parse(String text, String field) {
    Matcher matcher = text == null ? null : FORMAT.matcher(text.trim());
    if (matcher == null || !matcher.matches()) {
      throw ProblemException.invalid(
          field, "must be a year such as 2022 or a quarter such as 2022-Q3");
    }
    int year = Integer.parseInt(matcher.group(1));
    return matcher.group(2) == null
        ? new Period(PeriodType.YEAR, year, null)
        : new Period(PeriodType.QUARTER, year, Integer.parseInt(matcher.group(2)));
  }

  public static Period quarter(int year, int quarter) {
    return new Period(PeriodType.QUARTER, year, quarter);
  }

  public static Period year(int year) {
    return new Period(PeriodType.YEAR, year, null);
  }

  /** The last day of the period. */
  public LocalDate lastDay() {
    int month = type == PeriodType.YEAR ? 12 : quarter * 3;
    return LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
  }

  /** The quarter before this one in the same year; money is cumulative only within a year. */
  public Optional<Period> previousQuarterOfYear() {
    return type == PeriodType.QUARTER && quarter > 1
        ? Optional.of(quarter(year, quarter - 1))
        : Optional.empty();
  }

  public boolean isFourthQuarter() {
    return type == PeriodType.QUARTER && quarter == 4;
  }

  @Override
  public String toString() {
    return type == PeriodType.YEAR ? Integer.toString(year) : year + "-Q" + quarter;
  }
}
