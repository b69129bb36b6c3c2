package io.dtmonitor.reporting.report.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportFinding", description = "A finding about a submitted report")
public record ReportFindingResponse(
    @Schema(example = "ABOVE_PLAN") String code,
    @Schema(example = "WARNING") String severity,
    @Schema(nullable = true, example = "4.2") String measureCode,
    String message) {}
