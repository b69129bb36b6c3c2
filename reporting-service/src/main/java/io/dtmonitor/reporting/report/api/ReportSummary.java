package io.dtmonitor.reporting.report.api;

import io.dtmonitor.reporting.report.ReportStatus;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportSummary", description = "A report in a list")
public record ReportSummary(
    UUID id,
    UUID programmeId,
    @Schema(example = "UA-53") String regionCode,
    @Schema(example = "2022-Q1") String period,
    ReportStatus status,
    LocalDate dueDate,
    @Schema(nullable = true) Integer daysLate,
    boolean overdue) {}
