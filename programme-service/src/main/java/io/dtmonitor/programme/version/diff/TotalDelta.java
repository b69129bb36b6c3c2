package io.dtmonitor.programme.version.diff;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.dtmonitor.platform.http.Decimals;
import io.dtmonitor.programme.version.content.Planned;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A total before and after, stated and computed, with the change of its amount. Within funding is
 * not zero: a change to or from a within-funding total, or between two, is a change of kind, which
 * before and after show, and has no amount (the delta is null). A total on one side only (a year
 * added or dropped) changes by its whole amount.
 */
@Schema(
    name = "TotalDelta",
    description = "A total before and after, stated and computed from lines")
public record TotalDelta(
    @Schema(nullable = true) Planned statedBefore,
    @Schema(nullable = true) Planned statedAfter,
    @Schema(
            type = SchemaType.STRING,
            pattern = Decimals.PATTERN,
            example = "8120.7",
            nullable = true,
            description = "Change of the stated amount; null when either side is within funding")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal statedDelta,
    @Schema(nullable = true) Planned computedBefore,
    @Schema(nullable = true) Planned computedAfter,
    @Schema(
            type = SchemaType.STRING,
            pattern = Decimals.PATTERN,
            example = "8120.7",
            nullable = true,
            description = "Change of the computed amount; null when either side is within funding")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal computedDelta) {

  static TotalDelta of(
      Planned statedBefore, Planned statedAfter, Planned computedBefore, Planned computedAfter) {
    return new TotalDelta(
        statedBefore,
        statedAfter,
        delta(statedBefore, statedAfter),
        computedBefore,
        computedAfter,
        delta(computedBefore, computedAfter));
  }

  static BigDecimal delta(Planned before, Planned after) {
    if ((before != null && !before.isFixed()) || (after != null && !after.isFixed())) {
      return null;
    }
    BigDecimal from = before == null ? BigDecimal.ZERO : before.fixedPart();
    BigDecimal to = after == null ? BigDecimal.ZERO : after.fixedPart();
    return Planned.normalize(to.subtract(from));
  }
}
