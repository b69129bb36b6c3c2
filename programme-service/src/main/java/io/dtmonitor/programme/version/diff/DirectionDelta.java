package io.dtmonitor.programme.version.diff;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DirectionDelta", description = "How a direction's subtotals changed")
public record DirectionDelta(
    @Schema(example = "3") int number,
    @Schema(nullable = true) String titleBefore,
    @Schema(nullable = true) String titleAfter,
    TotalDelta totals) {}
