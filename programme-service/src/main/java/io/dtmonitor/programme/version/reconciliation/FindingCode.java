package io.dtmonitor.programme.version.reconciliation;

/** The kinds of reconciliation finding, each with its severity. */
public enum FindingCode {
  STATED_TOTAL_MISMATCH(Severity.ERROR),
  STATED_YEAR_MISMATCH(Severity.ERROR),
  STATED_DIRECTION_MISMATCH(Severity.ERROR),
  STATED_SOURCE_MISMATCH(Severity.ERROR),
  STATED_SHARE_MISMATCH(Severity.WARNING),
  LINE_OUTSIDE_MEASURE_TERM(Severity.ERROR),
  MEASURE_OUTSIDE_PROGRAMME_TERM(Severity.ERROR),
  DIRECTION_WITHOUT_FIXED_AMOUNT(Severity.INFO),
  MISSING_DECISION_REFERENCE(Severity.WARNING),
  MIXED_ALPHABET_TITLE(Severity.WARNING),
  EXECUTORS_DIFFER_FROM_SOURCE_TEXT(Severity.WARNING),
  UNMATCHED_ORGANISATION(Severity.WARNING),
  AMBIGUOUS_ORGANISATION(Severity.WARNING);

  private final Severity severity;

  FindingCode(Severity severity) {
    this.severity = severity;
  }

  public Severity severity() {
    return severity;
  }
}
