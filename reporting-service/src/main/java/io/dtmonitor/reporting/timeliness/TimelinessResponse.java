package io.dtmonitor.reporting.timeliness;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.dtmonitor.platform.http.Decimals;
import io.dtmonitor.platform.region.KnownRegions;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Timeliness",
    description =
        "Completeness and timeliness of the expected reports per region and period for a year")
public record TimelinessResponse(
    @Schema(example = "2022") int year,
    @Schema(maxItems = KnownRegions.CAPACITY) List<RegionTimeliness> items) {

  @Schema(
      name = "RegionTimeliness",
      description =
          "How one region's expected reports due so far were submitted, in the year and per period")
  public record RegionTimeliness(
      @Schema(example = "UA-53") String regionCode,
      @Schema(
              description = "Expected reports due by today, whether or not anyone started them",
              example = "5")
          long due,
      @Schema(description = "Submitted at least once", example = "5") long received,
      @Schema(description = "First submitted by the due date", example = "4") long onTime,
      @Schema(description = "First submitted after the due date", example = "1") long late,
      @Schema(description = "Not submitted yet, started or not", example = "0") long notSubmitted,
      @Schema(
              type = SchemaType.STRING,
              pattern = Decimals.PATTERN,
              description = "Completeness: received / due in %",
              example = "100.0")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal completenessPercent,
      @Schema(
              type = SchemaType.STRING,
              pattern = Decimals.PATTERN,
              description = "Timeliness: onTime / due in %",
              example = "80.0")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal onTimeSharePercent,
      @Schema(
              description = "The same per period due so far: four quarters and the year",
              maxItems = 5)
          List<PeriodTimeliness> periods) {}

  @Schema(name = "PeriodTimeliness", description = "A region's expected reports of one period")
  public record PeriodTimeliness(
      @Schema(example = "2022-Q2") String period,
      @Schema(example = "1") long due,
      @Schema(example = "1") long received,
      @Schema(example = "0") long onTime,
      @Schema(type = SchemaType.STRING, pattern = Decimals.PATTERN, example = "100.0")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal completenessPercent,
      @Schema(type = SchemaType.STRING, pattern = Decimals.PATTERN, example = "0.0")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal onTimeSharePercent) {}
}
