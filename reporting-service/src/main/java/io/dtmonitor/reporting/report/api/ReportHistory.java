package io.dtmonitor.reporting.report.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportHistory", description = "Every transition of a report, oldest first")
public record ReportHistory(List<HistoryEntry> items) {}
