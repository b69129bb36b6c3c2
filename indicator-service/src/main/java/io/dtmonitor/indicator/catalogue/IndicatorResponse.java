package io.dtmonitor.indicator.catalogue;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.dtmonitor.platform.http.Decimals;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Indicator", description = "An indicator of the shared catalogue")
public record IndicatorResponse(
    @Schema(example = "INTERNET_COVERAGE") String code,
    @Schema(example = "Покриття території області мережею Інтернет") String nameUk,
    @Schema(example = "Internet coverage of the territory") String nameEn,
    Indicator.Unit unit,
    boolean higherIsBetter,
    Indicator.Aggregation regionAggregation,
    Indicator.Aggregation timeAggregation,
    boolean cumulative,
    @Schema(example = "CONNECTIVITY") String category,
    @Schema(description = "Current methodology version", example = "1") String methodology,
    @Schema(description = "Computed from events, not recorded") boolean derived,
    @Schema(nullable = true) String description,
    @Schema(
            nullable = true,
            description = "For a SHARE: the indicator whose children's values are counted")
        String rollupSource,
    @Schema(
            type = SchemaType.STRING,
            pattern = Decimals.PATTERN,
            nullable = true,
            description = "For a SHARE: the threshold, when the parent has no per-unit target")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal rollupThreshold) {

  static IndicatorResponse of(Indicator i) {
    return new IndicatorResponse(
        i.code,
        i.nameUk,
        i.nameEn,
        i.unit,
        i.higherIsBetter,
        i.regionAggregation,
        i.timeAggregation,
        i.cumulative,
        i.category,
        i.methodology,
        i.derived,
        i.description,
        i.rollupSource,
        Decimals.normalize(i.rollupThreshold));
  }
}
