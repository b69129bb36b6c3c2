package io.dtmonitor.indicator.export;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExportPage", description = "One page of export rows, oldest revision first")
public record ExportPage(List<ExportRow> items, @Schema(nullable = true) String nextPageToken) {}
