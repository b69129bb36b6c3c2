package io.dtmonitor.reporting.expected;

/**
 * Where an expected report stands. A caller who may read the region's unpublished reports sees the
 * workflow state: NOT_STARTED (nobody has started it; the overdue check may have opened it), DRAFT,
 * SUBMITTED, RETURNED, ACCEPTED. Anyone else sees only what is public: NOT_SUBMITTED (not started
 * or a draft), IN_REVIEW (submitted or returned), ACCEPTED.
 */
public enum ExpectedState {
  NOT_STARTED,
  DRAFT,
  SUBMITTED,
  RETURNED,
  ACCEPTED,
  NOT_SUBMITTED,
  IN_REVIEW;

  /** What a caller who may not read the region's unpublished reports is shown of this state. */
  ExpectedState published() {
    return switch (this) {
      case NOT_STARTED, DRAFT, NOT_SUBMITTED -> NOT_SUBMITTED;
      case SUBMITTED, RETURNED, IN_REVIEW -> IN_REVIEW;
      case ACCEPTED -> ACCEPTED;
    };
  }
}
