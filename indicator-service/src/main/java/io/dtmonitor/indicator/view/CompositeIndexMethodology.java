package io.dtmonitor.indicator.view;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.dtmonitor.indicator.catalogue.Indicator;
import io.dtmonitor.platform.http.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the composite index is computed, stated as the OECD/JRC handbook asks. */
@Schema(name = "CompositeIndexMethodology")
public record CompositeIndexMethodology(
    @Schema(example = "DTM-1") String methodology,
    String normalisation,
    String aggregation,
    String missingData,
    @Schema(
            type = SchemaType.STRING,
            pattern = Decimals.PATTERN,
            description = "The share of the weights a region's values must cover to be ranked, %",
            example = "75.0")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal minCoveragePercent,
    @Schema(maxItems = Indicator.CATALOGUE_CAPACITY) List<Component> components) {

  /** One indicator of the index. */
  @Schema(name = "CompositeIndexComponent")
  public record Component(
      @Schema(example = "INTERNET_COVERAGE") String indicatorCode,
      @Schema(type = SchemaType.STRING, pattern = Decimals.PATTERN, example = "0.25")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal weight,
      @Schema(enumeration = {"HIGHER_IS_BETTER", "LOWER_IS_BETTER"}) String direction,
      @Schema(
              type = SchemaType.STRING,
              pattern = Decimals.PATTERN,
              description = "Goalpost normalised to 0 (to 1 when lower is better)",
              example = "0")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal lowerBound,
      @Schema(
              type = SchemaType.STRING,
              pattern = Decimals.PATTERN,
              description = "Goalpost normalised to 1 (to 0 when lower is better)",
              example = "100")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal upperBound) {}

  static CompositeIndexMethodology of(CompositeIndex.Methodology methodology) {
    BigDecimal minCoverage =
        methodology
            .minCoverage()
            .multiply(BigDecimal.valueOf(100))
            .setScale(1, RoundingMode.HALF_UP);
    return new CompositeIndexMethodology(
        methodology.code(),
        "Goalposts: each component's FINAL value of the period is normalised between the stated"
            + " bounds of its scale, (value - lower) / (upper - lower), clamped to 0..1 and"
            + " inverted when lower is better. A score does not depend on which other regions have"
            + " values: a lone region is not 100 by construction.",
        "The weighted arithmetic mean of the normalised components the region has, x 100,"
            + " rounded half up to one decimal; regions are ranked by it, ties sharing a rank.",
        "A region whose values cover less than "
            + minCoverage.toPlainString()
            + "% of the weights is not ranked: it is listed with its coverage and its missing"
            + " components, never ranked on the components it happens to have. A ranked region's"
            + " missing components are left out of the mean (the weights of the others rescaled).",
        minCoverage,
        methodology.components().entrySet().stream()
            .map(
                entry ->
                    new Component(
                        entry.getKey(),
                        Decimals.normalize(entry.getValue().weight()),
                        entry.getValue().lowerIsBetter() ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER",
                        Decimals.normalize(entry.getValue().lowerBound()),
                        Decimals.normalize(entry.getValue().upperBound())))
            .toList());
  }
}
