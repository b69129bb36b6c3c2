package io.dtmonitor.indicator.catalogue;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.dtmonitor.platform.http.Decimals;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "MethodologyMapping",
    description =
        "A linear mapping between two methodologies of an indicator; trends across them use it")
public record MethodologyMappingResponse(
    @Schema(example = "DT_INDEX") String indicatorCode,
    @Schema(example = "2024") String fromVersion,
    @Schema(example = "2025") String toVersion,
    @Schema(type = SchemaType.STRING, pattern = Decimals.PATTERN, example = "100.0")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal factor,
    @Schema(type = SchemaType.STRING, pattern = Decimals.PATTERN, example = "0.0")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal offset) {

  /** One page of the mappings of an indicator. */
  @Schema(name = "MethodologyMappingList")
  public record Listing(
      List<MethodologyMappingResponse> items,
      @Schema(description = "Token of the next page; absent on the last page", nullable = true)
          String nextPageToken) {}
}
