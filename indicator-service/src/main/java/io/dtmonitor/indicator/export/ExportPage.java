package io.dtmonitor.indicator.export;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExportPage", description = "One page of export rows, oldest revision first")
public record ExportPage(
    List<ExportRow> items,
    @Schema(nullable = true) String nextPageToken,
    @Schema(description = ExportPage.CHANGE_TOKEN) String changeToken) {

  static final String CHANGE_TOKEN =
      "Where this pull stopped, the same on every page of it: send it as changedSince to pull"
          + " exactly the rows written after this pull began, none missed and none repeated";
}
