package io.dtmonitor.reporting.report.api;

/** What a reviewer decides about a submitted report. */
public enum ReviewDecision {
  ACCEPT,
  RETURN
}
