package io.dtmonitor.reporting.report.api;

import io.dtmonitor.reporting.integration.programme.ProgrammeVersionAdopted;
import io.dtmonitor.reporting.report.PeriodType;
import io.dtmonitor.reporting.report.ReportStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Report", description = "A quarterly or annual report of a programme")
public record ReportResponse(
    UUID id,
    UUID programmeId,
    @Schema(example = "UA-53") String regionCode,
    @Schema(example = "UAH") String currency,
    @Schema(example = "2022-Q1") String period,
    PeriodType periodType,
    @Schema(description = "The programme version in force at the end of the period", example = "2")
        int programmeVersion,
    ReportStatus status,
    @Schema(description = "Due by the end of this day in dueZone", example = "2022-04-25")
        LocalDate dueDate,
    @Schema(example = "Europe/Kyiv") String dueZone,
    @Schema(nullable = true) Instant submittedAt,
    @Schema(
            nullable = true,
            description = "Days after the due date of the first submission",
            example = "3")
        Integer daysLate,
    @Schema(description = "Marked overdue by the deadline check") boolean overdue,
    @Schema(example = "1") int submissions,
    @Schema(
            nullable = true,
            description =
                "Why the reviewer returned the report, from the latest return until the report is"
                    + " accepted (the history keeps every return); null otherwise",
            example = "Не вказано джерела фінансування заходу 3.7")
        String returnReason,
    @Schema(
            description = "One line per measure of the version in force",
            maxItems = ProgrammeVersionAdopted.MAX_MEASURES)
        List<ReportLineResponse> lines,
    @Schema(
            description = "At most one finding per line",
            maxItems = ProgrammeVersionAdopted.MAX_MEASURES)
        List<ReportFindingResponse> findings,
    @Schema(description = "Optimistic concurrency version; also the ETag", example = "3")
        long version) {}
