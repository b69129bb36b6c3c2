package io.dtmonitor.programme.version.diff;

import io.dtmonitor.programme.version.content.FundingSource;
import io.dtmonitor.programme.version.content.Planned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "LineChange",
    description = "A budget line added, removed or changed between two versions")
public record LineChange(
    @Schema(example = "3.7") String measureCode,
    @Schema(example = "2022") int year,
    FundingSource source,
    ChangeKind change,
    @Schema(nullable = true) Planned before,
    @Schema(nullable = true) Planned after) {}
