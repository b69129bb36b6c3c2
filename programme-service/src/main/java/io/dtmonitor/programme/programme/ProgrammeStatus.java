package io.dtmonitor.programme.programme;

/**
 * Lifecycle of a programme: a DRAFT is visible only to its region, reviewers and the ministry; once
 * a version is adopted the programme is ADOPTED and public.
 */
public enum ProgrammeStatus {
  DRAFT,
  ADOPTED
}
