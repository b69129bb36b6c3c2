package io.dtmonitor.reporting.report;

/** DRAFT -> SUBMITTED -> ACCEPTED or RETURNED; RETURNED and reopened reports are drafts again. */
public enum ReportStatus {
  DRAFT,
  SUBMITTED,
  ACCEPTED,
  RETURNED
}
