package io.dtmonitor.reporting.report.api;

import io.dtmonitor.reporting.report.ReportStatus;
import io.dtmonitor.reporting.report.Transition;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportHistoryEntry", description = "One step of a report's workflow")
public record HistoryEntry(
    Transition transition,
    @Schema(nullable = true) ReportStatus fromStatus,
    ReportStatus toStatus,
    @Schema(example = "poltava-cdto") String actor,
    Instant at,
    @Schema(nullable = true) String reason,
    @Schema(nullable = true) Integer daysLate) {}
