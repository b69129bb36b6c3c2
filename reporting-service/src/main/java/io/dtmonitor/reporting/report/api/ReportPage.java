package io.dtmonitor.reporting.report.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportPage", description = "One page of reports")
public record ReportPage(
    List<ReportSummary> items, @Schema(nullable = true) String nextPageToken) {}
