package io.dtmonitor.programme.version.reconciliation;

/** How much a finding matters: ERROR blocks adoption unless acknowledged. */
public enum Severity {
  ERROR,
  WARNING,
  INFO
}
