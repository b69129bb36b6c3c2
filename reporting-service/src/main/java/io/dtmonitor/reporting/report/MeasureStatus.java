package io.dtmonitor.reporting.report;

/** How far a measure has come, as its executor reports it. */
public enum MeasureStatus {
  NOT_STARTED,
  IN_PROGRESS,
  COMPLETED,
  CANCELLED
}
