package io.dtmonitor.indicator.view;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.dtmonitor.indicator.catalogue.Indicator;
import io.dtmonitor.indicator.observation.ValueOrigin;
import io.dtmonitor.indicator.target.TargetProgress;
import io.dtmonitor.platform.http.Decimals;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The view CDTO offices and the ministry share: the regions of a jurisdiction for a period, a page
 * of them at a time in region code order, ranked among all of them.
 */
@Schema(
    name = "CrossRegionView",
    description = "The regions of a jurisdiction for a period, a page at a time")
public record CrossRegionView(
    @Schema(example = "2022") String period,
    @Schema(example = "UA") String jurisdiction,
    @Schema(example = "UAH") String currency,
    Instant generatedAt,
    List<RegionRow> regions,
    @Schema(
            description =
                "Values published for the whole jurisdiction, e.g. the ministry's average index",
            maxItems = Indicator.CATALOGUE_CAPACITY)
        List<IndicatorValue> publishedAggregates,
    @Schema(
            nullable = true,
            description =
                "The token of the next page of regions (in code order); null on the last page")
        String nextPageToken) {

  @Schema(name = "CrossRegionRow", description = "One region in the cross-region view")
  public record RegionRow(
      @Schema(example = "UA-53") String regionCode,
      @Schema(nullable = true, example = "UA53000000000028050") String katottg,
      String nameUk,
      String nameEn,
      @Schema(
              description =
                  "The programmes in force at the period's end, the largest plans first, at most 50"
                      + " of them; programmesInForce counts them all",
              maxItems = ProgrammesInForce.SHOWN)
          List<ProgrammeInForce> programmes,
      @Schema(description = "How many programmes are in force", example = "1")
          int programmesInForce,
      Budget budget,
      ReportCounts reports,
      @Schema(maxItems = Indicator.CATALOGUE_CAPACITY) List<IndicatorValue> indicators,
      @Schema(
              nullable = true,
              description = "DT Monitor's composite index (methodology DTM-1), ranked or not")
          Composite compositeIndex) {}

  @Schema(
      name = "CompositeIndexScore",
      description =
          "A region's composite index: its value and rank when its values cover the minimum share"
              + " of the weights, else only its coverage and the missing components")
  public record Composite(
      @Schema(
              type = SchemaType.STRING,
              pattern = Decimals.PATTERN,
              nullable = true,
              description = "0-100; null when the region is not ranked",
              example = "72.5")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal value,
      @Schema(
              type = SchemaType.STRING,
              pattern = Decimals.PATTERN,
              description = "Share of the weights the region's values cover, %",
              example = "75.0")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal coveragePercent,
      @Schema(nullable = true, description = "Null when the region is not ranked", example = "1")
          Integer rank,
      @Schema(example = "DTM-1") String methodology,
      @Schema(description = "Whether the coverage reaches the methodology's minimum")
          boolean ranked,
      @Schema(
              description = "The components the region has no value of",
              example = "[\"REPORT_TIMELINESS\"]",
              maxItems = Indicator.CATALOGUE_CAPACITY)
          List<String> missingComponents) {}

  @Schema(
      name = "ProgrammeInForce",
      description = "A programme in force at the period's end and its plan for the year")
  public record ProgrammeInForce(
      UUID programmeId,
      String titleUk,
      @Schema(example = "2") int versionNumber,
      @Schema(type = SchemaType.STRING, pattern = Decimals.PATTERN, example = "21185.7")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal plannedFixed,
      boolean plannedWithinFunding) {}

  @Schema(
      name = "CrossRegionBudget",
      description =
          "Planned (versions in force) against funded and spent (accepted reports), thousands")
  public record Budget(
      @Schema(type = SchemaType.STRING, pattern = Decimals.PATTERN, example = "21185.7")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal plannedFixed,
      @Schema(
              description =
                  "Whether some programme in force plans (part of) the year within available"
                      + " funding (в межах фінансування), an amount not stated on top of"
                      + " plannedFixed")
          boolean plannedWithinFunding,
      @Schema(type = SchemaType.STRING, pattern = Decimals.PATTERN, nullable = true)
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal fundedYtd,
      @Schema(type = SchemaType.STRING, pattern = Decimals.PATTERN, nullable = true)
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal spentYtd,
      @Schema(
              type = SchemaType.STRING,
              pattern = Decimals.PATTERN,
              nullable = true,
              example = "59.7")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal executionPercent) {}

  @Schema(
      name = "CrossRegionReports",
      description = "The region's reports of the period's year due so far")
  public record ReportCounts(long due, long onTime, long late, long overdue) {}

  @Schema(
      name = "IndicatorValue",
      description = "A value of an indicator, with its target, progress and rank")
  public record IndicatorValue(
      @Schema(example = "INTERNET_COVERAGE") String indicatorCode,
      @Schema(type = SchemaType.STRING, pattern = Decimals.PATTERN, example = "63.0")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal value,
      @Schema(example = "PERCENT") String unit,
      @Schema(example = "FINAL") String status,
      @Schema(example = "1") String methodology,
      @Schema(type = SchemaType.STRING, pattern = Decimals.PATTERN, nullable = true)
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal target,
      @Schema(
              type = SchemaType.STRING,
              pattern = Decimals.PATTERN,
              nullable = true,
              description = "Progress from baseline to target, %")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal progressPercent,
      @Schema(
              nullable = true,
              description =
                  "Against the target: ON_TRACK (reached, within the range, or every unit at its"
                      + " threshold), NOT_REACHED, BELOW_RANGE, ABOVE_RANGE, BELOW_THRESHOLD")
          TargetProgress.Status targetStatus,
      @Schema(
              nullable = true,
              description =
                  "Rank among the jurisdiction's regions with a value of the same methodology",
              example = "1")
          Integer rank,
      @Schema(nullable = true) Instant revisedAt,
      @Schema(
              type = SchemaType.STRING,
              pattern = Decimals.PATTERN,
              nullable = true,
              description = "The previous period's value, on this value's methodology scale")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal previousValue,
      @Schema(
              nullable = true,
              description =
                  "Against the previous period; NOT_COMPARABLE when the methodologies differ without a mapping")
          Trend trend,
      @Schema(
              description =
                  "REPORTED: recorded for the region; DERIVED: computed, from reports or by the"
                      + " indicator's rule from its communities or quarters")
          ValueOrigin origin,
      @Schema(nullable = true, description = "How a value derived by the indicator's rule was made")
          Derivation derivation) {

    IndicatorValue withTrend(BigDecimal previous, Trend newTrend) {
      return new IndicatorValue(
          indicatorCode,
          value,
          unit,
          status,
          methodology,
          target,
          progressPercent,
          targetStatus,
          rank,
          revisedAt,
          previous,
          newTrend,
          origin,
          derivation);
    }
  }

  @Schema(
      name = "Derivation",
      description =
          "The rule a value was derived by (SUM, AVERAGE, WEIGHTED_AVERAGE, MIN, MAX, SHARE across"
              + " the region's children; LAST, SUM, AVERAGE across the year's quarters) and how"
              + " many of the values it is made of it covers")
  public record Derivation(
      @Schema(example = "AVERAGE") String rule,
      @Schema(example = "5") int covered,
      @Schema(description = "Children, or the four quarters", example = "5") int total) {}

  /** How a value moved since the previous period. */
  public enum Trend {
    UP,
    DOWN,
    FLAT,
    NOT_COMPARABLE
  }
}
