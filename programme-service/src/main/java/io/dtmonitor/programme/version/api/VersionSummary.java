package io.dtmonitor.programme.version.api;

import io.dtmonitor.programme.version.VersionStatus;
import io.dtmonitor.programme.version.content.Planned;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgrammeVersionSummary", description = "A version in a programme's history")
public record VersionSummary(
    @Schema(example = "2") int number,
    VersionStatus status,
    @Schema(nullable = true) Integer basedOnNumber,
    @Schema(nullable = true) Decision decision,
    @Schema(nullable = true) LocalDate effectiveFrom,
    Planned statedTotal,
    @Schema(nullable = true) Planned computedTotal,
    @Schema(description = "ERROR findings", example = "0") long errors,
    @Schema(description = "WARNING findings", example = "2") long warnings) {}
