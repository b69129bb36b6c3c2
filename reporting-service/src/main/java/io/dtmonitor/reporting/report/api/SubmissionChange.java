package io.dtmonitor.reporting.report.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "SubmissionChange",
    description = "A line value that differs between two submissions")
public record SubmissionChange(
    @Schema(example = "3.7") String measureCode,
    @Schema(example = "fundedYtd") String field,
    @Schema(nullable = true, example = "2100.5") String before,
    @Schema(nullable = true, example = "2200.5") String after) {}
