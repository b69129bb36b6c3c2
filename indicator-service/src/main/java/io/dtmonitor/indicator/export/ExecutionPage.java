package io.dtmonitor.indicator.export;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ProgrammeExecutionPage",
    description = "One page of programme execution rows, oldest revision first")
public record ExecutionPage(
    List<ExecutionRow> items,
    @Schema(nullable = true) String nextPageToken,
    @Schema(description = ExportPage.CHANGE_TOKEN) String changeToken) {}
