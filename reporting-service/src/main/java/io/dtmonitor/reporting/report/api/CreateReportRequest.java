package io.dtmonitor.reporting.report.api;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateReportRequest", description = "Starts the report of a period")
public record CreateReportRequest(
    @Schema(
            required = true,
            description = "A quarter (2022-Q3) or a year (2022)",
            example = "2022-Q1")
        @NotBlank
        String period) {}
