package io.dtmonitor.indicator.target;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.dtmonitor.platform.http.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Target", description = "A region's target on an indicator for a year")
public record TargetResponse(
    UUID id,
    String regionCode,
    String indicatorCode,
    int targetYear,
    @Schema(type = SchemaType.STRING, pattern = Decimals.PATTERN, nullable = true)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal baselineValue,
    @Schema(nullable = true) LocalDate baselineDate,
    @Schema(type = SchemaType.STRING, pattern = Decimals.PATTERN, nullable = true)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal targetValue,
    @Schema(type = SchemaType.STRING, pattern = Decimals.PATTERN, nullable = true)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal targetMin,
    @Schema(type = SchemaType.STRING, pattern = Decimals.PATTERN, nullable = true)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal targetMax,
    @Schema(type = SchemaType.STRING, pattern = Decimals.PATTERN, nullable = true)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal perUnitThreshold,
    @Schema(nullable = true) UUID programmeId,
    long version) {

  static TargetResponse of(Target t) {
    return new TargetResponse(
        t.id,
        t.regionCode,
        t.indicatorCode,
        t.targetYear,
        Decimals.normalize(t.baselineValue),
        t.baselineDate,
        Decimals.normalize(t.targetValue),
        Decimals.normalize(t.targetMin),
        Decimals.normalize(t.targetMax),
        Decimals.normalize(t.perUnitThreshold),
        t.programmeId,
        t.version);
  }
}
