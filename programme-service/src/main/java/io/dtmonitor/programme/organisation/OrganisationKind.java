package io.dtmonitor.programme.organisation;

/** What kind of body an organisation is. */
public enum OrganisationKind {
  OBLAST_STATE_ADMINISTRATION,
  OBLAST_COUNCIL,
  DEPARTMENT,
  COMMUNAL_INSTITUTION,
  COMMUNITY,
  MINISTRY,
  /** Several bodies named together, such as «районні державні адміністрації». */
  GROUP,
  OTHER
}
