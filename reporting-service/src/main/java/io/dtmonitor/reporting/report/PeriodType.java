package io.dtmonitor.reporting.report;

/** Reports are quarterly or annual. */
public enum PeriodType {
  QUARTER,
  YEAR
}
