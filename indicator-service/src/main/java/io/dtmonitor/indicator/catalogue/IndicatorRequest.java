package io.dtmonitor.indicator.catalogue;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "IndicatorRequest",
    description = "An indicator of the catalogue, as an admin defines it")
public record IndicatorRequest(
    @Schema(required = true, example = "OPEN_DATA_SETS")
        @NotBlank
        @Pattern(regexp = "[A-Z][A-Z0-9_]{1,49}", message = "must be UPPER_SNAKE_CASE")
        String code,
    @Schema(required = true, example = "Кількість відкритих наборів даних")
        @NotBlank
        @Size(max = 500)
        String nameUk,
    @Schema(required = true, example = "Open data sets published") @NotBlank @Size(max = 500)
        String nameEn,
    @Schema(required = true) @NotNull Indicator.Unit unit,
    @Schema(required = true) @NotNull Boolean higherIsBetter,
    @Schema(required = true) @NotNull Indicator.Aggregation regionAggregation,
    @Schema(required = true) @NotNull Indicator.Aggregation timeAggregation,
    @Schema(required = true) @NotNull Boolean cumulative,
    @Schema(required = true, example = "GOVERNANCE")
        @NotBlank
        @Pattern(
            regexp = "CONNECTIVITY|E_SERVICES|CNAP|EDUCATION|HEALTH|CYBER_SECURITY|GOVERNANCE",
            message =
                "must be one of CONNECTIVITY, E_SERVICES, CNAP, EDUCATION, HEALTH, CYBER_SECURITY, GOVERNANCE")
        String category,
    @Schema(
            required = true,
            description = "Methodology version; created with the indicator when new",
            example = "1")
        @NotBlank
        @Size(max = 20)
        String methodology,
    @Schema(required = true) @NotNull Periodicity periodicity,
    @Schema(nullable = true, example = "Digital workplaces per territorial community")
        @Size(max = 4000)
        String description,
    @Schema(
            nullable = true,
            description =
                "For regionAggregation SHARE: the indicator whose children's values are counted",
            example = "DIGITAL_WORKPLACES_PER_COMMUNITY")
        @Size(max = 50)
        String rollupSource,
    @Schema(
            nullable = true,
            type = SchemaType.STRING,
            pattern = "^-?[0-9]{1,14}(\\.[0-9]{1,6})?$",
            description = "For SHARE: the threshold when the parent has no per-unit target",
            example = "3")
        @Digits(integer = 14, fraction = 6)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        java.math.BigDecimal rollupThreshold) {

  /** How often values of a methodology are produced. */
  public enum Periodicity {
    QUARTER,
    YEAR
  }
}
