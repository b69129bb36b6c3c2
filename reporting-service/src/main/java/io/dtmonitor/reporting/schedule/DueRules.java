package io.dtmonitor.reporting.schedule;

import io.dtmonitor.reporting.report.Period;
import java.time.LocalDate;

/**
 * Reporting deadlines. Ukrainian oblasts report by the 25th of the month after the period
 * (Europe/Kyiv); the Russian federal rule is the 8th of the month after the quarter.
 */
public final class DueRules {

  public static final int UKRAINE_DUE_DAY = 25;
  public static final String UKRAINE_ZONE = "Europe/Kyiv";
  public static final int RUSSIA_DUE_DAY = 8;
  public static final String ORENBURG_ZONE = "Asia/Yekaterinburg";

  private DueRules() {}

  /** The due date of a period: {@code dueDay} of the month after the period ends. */
  public static LocalDate dueDate(Period period, int dueDay) {
    return period.lastDay().plusDays(1).withDayOfMonth(dueDay);
  }

  /** The default schedule of a region's programmes, from its jurisdiction. */
  public static ReportingSchedule defaultFor(java.util.UUID programmeId, String regionCode) {
    ReportingSchedule schedule = new ReportingSchedule();
    schedule.programmeId = programmeId;
    schedule.regionCode = regionCode;
    schedule.quarterly = true;
    schedule.annual = true;
    boolean russian = regionCode.startsWith("RU-");
    schedule.dueDay = russian ? RUSSIA_DUE_DAY : UKRAINE_DUE_DAY;
    schedule.zone = russian ? ORENBURG_ZONE : UKRAINE_ZONE;
    return schedule;
  }
}
