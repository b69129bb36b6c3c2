package io.dtmonitor.reporting.report.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.dtmonitor.platform.http.Decimals;
import io.dtmonitor.reporting.report.MeasureStatus;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ReportLineUpdate",
    description =
        "A measure's whole line; money is year-to-date, in thousands. Every field is required (null"
            + " for an empty one): a PUT replaces the whole line")
public record LineUpdate(
    @Schema(required = true, example = "3.7") @NotBlank String measureCode,
    @Schema(
            type = SchemaType.STRING,
            pattern = Decimals.AMOUNT_PATTERN,
            example = "2100.5",
            nullable = true,
            required = true)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @DecimalMin("0")
        @Digits(integer = 15, fraction = 3)
        BigDecimal fundedYtd,
    @Schema(
            type = SchemaType.STRING,
            pattern = Decimals.AMOUNT_PATTERN,
            example = "1980.0",
            nullable = true,
            required = true)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @DecimalMin("0")
        @Digits(integer = 15, fraction = 3)
        BigDecimal spentYtd,
    @Schema(nullable = true, required = true) MeasureStatus measureStatus,
    @Schema(nullable = true, required = true, example = "Закуплено 40 робочих станцій")
        @Size(max = 10000)
        String narrative,
    @Schema(nullable = true, required = true) @Size(max = MAX_EVIDENCE_LINKS)
        List<@Pattern(regexp = "https?://\\S{1,2000}", message = "must be an http(s) URL") String>
            evidenceLinks,
    @Schema(
            nullable = true,
            required = true,
            description = "Why a year-to-date figure is lower than the previous quarter's",
            example = "Q1 spending was overstated by 12.0; corrected from the treasury statement")
        @Size(max = 2000)
        String correctionNote) {

  /** The most evidence links one line carries. */
  public static final int MAX_EVIDENCE_LINKS = 20;
}
