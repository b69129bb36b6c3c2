package io.dtmonitor.programme.version.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "BudgetLine",
    description = "The planned amount of a measure for one year and funding source")
public record BudgetLineDocument(
    @Schema(required = true, example = "3.7") @NotBlank String measureCode,
    @Schema(required = true, example = "2022") @NotNull @Min(2000) @Max(2100) Integer year,
    @Schema(required = true) @NotNull FundingSource source,
    @Schema(required = true) @NotNull @Valid Planned planned) {

  public LineKey key() {
    return new LineKey(measureCode, year, source);
  }
}
