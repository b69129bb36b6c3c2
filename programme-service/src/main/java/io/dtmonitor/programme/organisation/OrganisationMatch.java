package io.dtmonitor.programme.organisation;

/** How a name a programme version uses was linked to an organisation. */
public enum OrganisationMatch {
  /** To one registered organisation: the name is one of its names, or the document named it. */
  MATCHED,
  /** To a draft organisation, because no registered organisation of the region has the name. */
  UNMATCHED,
  /** To none: several registered organisations have the name, even on the version's date. */
  AMBIGUOUS
}
