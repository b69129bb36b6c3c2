package io.dtmonitor.programme.version.api;

import io.dtmonitor.programme.version.VersionStatus;
import io.dtmonitor.programme.version.content.VersionDocument;
import io.dtmonitor.programme.version.reconciliation.ComputedTotals;
import io.dtmonitor.programme.version.reconciliation.Finding;
import io.dtmonitor.programme.version.reconciliation.Reconciler;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ProgrammeVersion",
    description = "A version of a programme with its content, totals and findings")
public record VersionResponse(
    UUID programmeId,
    @Schema(example = "2") int number,
    VersionStatus status,
    @Schema(nullable = true, example = "1") Integer basedOnNumber,
    @Schema(nullable = true) Decision decision,
    @Schema(nullable = true) LocalDate effectiveFrom,
    @Schema(nullable = true) Instant adoptedAt,
    @Schema(nullable = true) String findingsAcknowledgement,
    VersionDocument document,
    ComputedTotals computedTotals,
    @Schema(
            description = "Each body the version names and the organisation it is linked to",
            maxItems = VersionDocument.MAX_NAMES)
        List<VersionOrganisation> organisations,
    @Schema(maxItems = Reconciler.MAX_FINDINGS) List<Finding> findings,
    @Schema(description = "Optimistic concurrency version; also the ETag", example = "0")
        long version) {}
