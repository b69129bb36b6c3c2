package io.dtmonitor.reporting.timeliness;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.dtmonitor.platform.http.Decimals;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Timeliness", description = "Report timeliness per region for a year")
public record TimelinessResponse(@Schema(example = "2022") int year, List<RegionTimeliness> items) {

  @Schema(name = "RegionTimeliness", description = "How one region's due reports were submitted")
  public record RegionTimeliness(
      @Schema(example = "UA-53") String regionCode,
      @Schema(description = "Reports due by today", example = "5") long due,
      @Schema(description = "First submitted by the due date", example = "4") long onTime,
      @Schema(description = "First submitted after the due date", example = "1") long late,
      @Schema(description = "Not submitted yet", example = "0") long notSubmitted,
      @Schema(
              type = SchemaType.STRING,
              pattern = Decimals.PATTERN,
              description = "onTime / due in %",
              example = "80.0")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal onTimeSharePercent) {}
}
