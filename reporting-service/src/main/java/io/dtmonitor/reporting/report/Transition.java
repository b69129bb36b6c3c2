package io.dtmonitor.reporting.report;

/** The recorded steps of a report's workflow. */
public enum Transition {
  CREATED,
  REVISED,
  SUBMITTED,
  ACCEPTED,
  RETURNED,
  REOPENED,
  OVERDUE,
  /** The draft moved to a version adopted later that is in force at its period's end. */
  REBASED
}
