package io.dtmonitor.indicator.export;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.dtmonitor.platform.http.Decimals;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A programme's plan and execution in a period, from its accepted report: the fixed plan of the
 * year (and whether part of it is "within funding", which is never 0), funded and spent from 1
 * January, and execution in %.
 */
@Schema(
    name = "ProgrammeExecutionRow",
    description = "A programme's plan and execution in a period, from its accepted report")
@JsonPropertyOrder({
  "period",
  "regionCode",
  "jurisdiction",
  "currency",
  "programmeId",
  "programmeTitle",
  "versionNumber",
  "plannedFixed",
  "plannedWithinFunding",
  "fundedYtd",
  "spentYtd",
  "executionPercent",
  "revisedAt"
})
public record ExecutionRow(
    @Schema(example = "2022-Q4") String period,
    @Schema(example = "UA-53") String regionCode,
    @Schema(example = "UA") String jurisdiction,
    @Schema(example = "UAH") String currency,
    UUID programmeId,
    @Schema(nullable = true, example = "Цифрова Полтавщина") String programmeTitle,
    @Schema(
            nullable = true,
            description = "The version in force at the period's end",
            example = "2")
        Integer versionNumber,
    @Schema(
            type = SchemaType.STRING,
            pattern = Decimals.PATTERN,
            description = "The year's fixed plan, thousands of the currency",
            example = "21185.7")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal plannedFixed,
    @Schema(description = "Part of the year's plan is within funding: no fixed amount, not 0")
        boolean plannedWithinFunding,
    @Schema(
            type = SchemaType.STRING,
            pattern = Decimals.PATTERN,
            nullable = true,
            example = "12440.0")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal fundedYtd,
    @Schema(
            type = SchemaType.STRING,
            pattern = Decimals.PATTERN,
            nullable = true,
            example = "12440.0")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal spentYtd,
    @Schema(
            type = SchemaType.STRING,
            pattern = Decimals.PATTERN,
            nullable = true,
            description = "Spent over the fixed plan, %; null without a fixed plan",
            example = "58.7")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal executionPercent,
    @Schema(description = "When the report was accepted, or last changed since")
        Instant revisedAt) {}
