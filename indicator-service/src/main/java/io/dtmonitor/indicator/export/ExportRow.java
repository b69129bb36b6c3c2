package io.dtmonitor.indicator.export;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.dtmonitor.indicator.observation.ValueOrigin;
import io.dtmonitor.platform.http.Decimals;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of the ministry's long-format export: a region x indicator x period value. */
@Schema(name = "ExportRow", description = "A value of an indicator for a region and period")
@JsonPropertyOrder({
  "period",
  "regionCode",
  "katottg",
  "indicatorCode",
  "value",
  "unit",
  "target",
  "status",
  "methodology",
  "revisedAt",
  "jurisdiction",
  "currency",
  "origin",
  "sourceDocument",
  "sourceUrl",
  "sourceHash"
})
public record ExportRow(
    @Schema(example = "2021") String period,
    @Schema(example = "UA-53") String regionCode,
    @Schema(nullable = true, example = "UA53000000000028050") String katottg,
    @Schema(example = "INTERNET_COVERAGE") String indicatorCode,
    @Schema(type = SchemaType.STRING, pattern = Decimals.PATTERN, example = "63.0")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal value,
    @Schema(example = "PERCENT") String unit,
    @Schema(type = SchemaType.STRING, pattern = Decimals.PATTERN, nullable = true)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal target,
    @Schema(example = "FINAL") String status,
    @Schema(example = "1") String methodology,
    @Schema(
            description =
                "When this value was last recorded or revised (UTC, microseconds); send the last"
                    + " row's as updatedSince to pull what changed after it")
        Instant revisedAt,
    @Schema(description = "The country whose regions the value compares with", example = "UA")
        String jurisdiction,
    @Schema(
            description = "Currency of the jurisdiction's budgets, which money values are kept in",
            example = "UAH")
        String currency,
    @Schema(
            description =
                "REPORTED: recorded by the region or the ministry; DERIVED: computed by the"
                    + " service, from reports or by the indicator's rule from its communities or"
                    + " quarters")
        ValueOrigin origin,
    @Schema(nullable = true, description = "The document the value was taken from")
        String sourceDocument,
    @Schema(nullable = true, example = "https://www.adm-pl.gov.ua/news/cifrova-poltavshchyna")
        String sourceUrl,
    @Schema(nullable = true, description = "Hash of the source document, e.g. sha256:...")
        String sourceHash) {}
