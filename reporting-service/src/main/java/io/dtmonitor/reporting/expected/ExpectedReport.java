package io.dtmonitor.reporting.expected;

import io.dtmonitor.reporting.report.PeriodType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ExpectedReport",
    description =
        "A report the programme's schedule expects for a period, whether or not anyone started it")
public record ExpectedReport(
    UUID programmeId,
    @Schema(example = "Цифрова Полтавщина") String programmeTitle,
    @Schema(example = "UA-53") String regionCode,
    @Schema(example = "2026-Q1") String period,
    PeriodType periodType,
    @Schema(description = "The due date, in dueZone", example = "2026-04-25") LocalDate dueDate,
    @Schema(example = "Europe/Kyiv") String dueZone,
    ExpectedState state,
    @Schema(nullable = true, description = "The report, once it exists and the caller may read it")
        UUID reportId,
    @Schema(nullable = true, description = "The latest submission") Instant submittedAt,
    @Schema(
            nullable = true,
            description =
                "Days late at the first submission; for a report not submitted after its due"
                    + " date, days late so far",
            example = "3")
        Integer daysLate,
    @Schema(description = "Not submitted, and its due date has passed") boolean overdue) {}
