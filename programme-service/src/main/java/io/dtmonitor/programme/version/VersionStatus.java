package io.dtmonitor.programme.version;

/**
 * A version is edited as a DRAFT, becomes ADOPTED by a council decision, and is SUPERSEDED when a
 * later amendment is adopted. Adopted and superseded versions never change.
 */
public enum VersionStatus {
  DRAFT,
  ADOPTED,
  SUPERSEDED
}
