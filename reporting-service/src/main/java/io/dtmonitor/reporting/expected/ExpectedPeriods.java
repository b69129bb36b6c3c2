package io.dtmonitor.reporting.expected;

import io.dtmonitor.reporting.report.Period;
import io.dtmonitor.reporting.report.PeriodType;
import io.dtmonitor.reporting.schedule.ReportingSchedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The periods a programme must report in a year, from its schedule alone: the quarters when it
 * reports quarterly and the year when it reports annually, within the programme's term and once a
 * version of it is in force at the period's end.
 */
public final class ExpectedPeriods {

  private ExpectedPeriods() {}

  public static List<Period> of(
      int year, int firstYear, int lastYear, LocalDate inForceFrom, ReportingSchedule schedule) {
    List<Period> periods = new ArrayList<>();
    if (year < firstYear || year > lastYear) {
      return periods;
    }
    if (schedule.requires(PeriodType.QUARTER)) {
      for (int quarter = 1; quarter <= 4; quarter++) {
        periods.add(Period.quarter(year, quarter));
      }
    }
    if (schedule.requires(PeriodType.YEAR)) {
      periods.add(Period.year(year));
    }
    periods.removeIf(period -> inForceFrom.isAfter(period.lastDay()));
    return periods;
  }
}
