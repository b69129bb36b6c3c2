package io.dtmonitor.reporting.report.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportHistory", description = "One page of a report's transitions, oldest first")
public record ReportHistory(
    List<HistoryEntry> items,
    @Schema(description = "Token of the next page; absent on the last page", nullable = true)
        String nextPageToken) {}
