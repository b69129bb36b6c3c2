package io.dtmonitor.reporting.report.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.dtmonitor.platform.http.Decimals;
import io.dtmonitor.reporting.report.MeasureStatus;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A report line: the measure's plan for the year, money year-to-date, and the quarter's own amounts
 * derived as the difference from the previous quarter's year-to-date figures.
 */
@Schema(name = "ReportLine", description = "One measure's line of a report")
public record ReportLineResponse(
    @Schema(example = "3.7") String measureCode,
    String measureTitle,
    @Schema(
            description = "The bodies the programme version names for the measure, in its order",
            maxItems = 50)
        List<ResponsibleBody> responsibleBodies,
    @Schema(
            type = SchemaType.STRING,
            pattern = Decimals.PATTERN,
            description = "Fixed part of the year's plan",
            example = "7830.3")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal plannedFixed,
    @Schema(description = "Part of the year's plan is within available funding")
        boolean plannedWithinFunding,
    @Schema(
            type = SchemaType.STRING,
            pattern = Decimals.PATTERN,
            nullable = true,
            example = "2100.5")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal fundedYtd,
    @Schema(
            type = SchemaType.STRING,
            pattern = Decimals.PATTERN,
            nullable = true,
            example = "1980.0")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal spentYtd,
    @Schema(
            type = SchemaType.STRING,
            pattern = Decimals.PATTERN,
            nullable = true,
            description = "fundedYtd minus the previous quarter's",
            example = "700.0")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal fundedInQuarter,
    @Schema(
            type = SchemaType.STRING,
            pattern = Decimals.PATTERN,
            nullable = true,
            description = "spentYtd minus the previous quarter's",
            example = "650.0")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal spentInQuarter,
    @Schema(
            nullable = true,
            description = "The period the quarter's amounts were derived against",
            example = "2022-Q1")
        String derivedAgainst,
    MeasureStatus measureStatus,
    @Schema(nullable = true) String narrative,
    @Schema(maxItems = LineUpdate.MAX_EVIDENCE_LINKS) List<String> evidenceLinks,
    @Schema(nullable = true) String correctionNote,
    @Schema(nullable = true) String reviewComment) {}
