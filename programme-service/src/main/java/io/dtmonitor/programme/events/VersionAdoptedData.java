package io.dtmonitor.programme.events;

import io.dtmonitor.programme.version.api.Decision;
import io.dtmonitor.programme.version.content.VersionDocument;
import io.dtmonitor.programme.version.diff.VersionDiff;
import io.dtmonitor.programme.version.reconciliation.ComputedTotals;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code ProgrammeVersionAdopted}: everything a consumer needs to build its replica of the
 * version in force (the whole content and its computed totals) and the diff against the version it
 * supersedes ({@code null} for a programme's first adoption). Contract: {@code
 * docs/events/programme-version-adopted.v1.schema.json}.
 */
public record VersionAdoptedData(
    UUID programmeId,
    String regionCode,
    String currency,
    int versionNumber,
    Integer supersededVersionNumber,
    Decision decision,
    LocalDate effectiveFrom,
    Instant adoptedAt,
    String adoptedBy,
    VersionDocument content,
    ComputedTotals computedTotals,
    List<Organisation> organisations,
    VersionDiff diff) {

  /** A body the version names, as written, and the organisation it is linked to. */
  public record Organisation(String name, UUID organisationId, String match) {}
}
