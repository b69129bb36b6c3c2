package io.dtmonitor.programme.organisation;

/**
 * Whether someone has registered the body, or a version import created it for a name that matched
 * no registered organisation of the region and nobody has registered it since.
 */
public enum OrganisationStatus {
  REGISTERED,
  DRAFT
}
