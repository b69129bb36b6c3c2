package io.dtmonitor.indicator.export;

/**
 * Which values an export holds: FINAL ones only (the default, and all an anonymous caller may
 * have), PROVISIONAL ones only, or both. PROVISIONAL values are those of the regions the caller may
 * read unpublished data of: its own as a CDTO or region-scoped reviewer, every region's as the
 * ministry, an admin or an unscoped reviewer.
 */
public enum ExportStatus {
  FINAL,
  PROVISIONAL,
  ALL;

  boolean includesProvisional() {
    return this != FINAL;
  }

  boolean includesFinal() {
    return this != PROVISIONAL;
  }
}
