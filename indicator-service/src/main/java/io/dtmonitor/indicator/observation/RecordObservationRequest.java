package io.dtmonitor.indicator.observation;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "RecordObservationRequest",
    description =
        "A value of an indicator for a region and period; recording it again makes a new revision")
public record RecordObservationRequest(
    @Schema(
            required = true,
            description =
                "ISO 3166-2 region, a community of one (UA-63-001), or a country code for a"
                    + " national aggregate",
            example = "UA-53")
        @NotBlank
        @Pattern(
            regexp = "[A-Z]{2}(-[0-9A-Z]{2,3}(-[0-9]{3})?)?",
            message =
                "must be an ISO 3166-2 code such as UA-53, a community such as UA-63-001 or a"
                    + " country code such as UA")
        String regionCode,
    @Schema(required = true, example = "INTERNET_COVERAGE") @NotBlank @Size(max = 50)
        String indicatorCode,
    @Schema(required = true, description = "A year (2021) or a quarter (2025-Q2)", example = "2021")
        @NotBlank
        @Pattern(
            regexp = "[0-9]{4}(-Q[1-4])?",
            message = "must be a year such as 2021 or a quarter such as 2025-Q2")
        String period,
    @Schema(
            required = true,
            type = SchemaType.STRING,
            pattern = "^-?[0-9]{1,14}(\\.[0-9]{1,6})?$",
            example = "63")
        @NotNull
        @Digits(integer = 14, fraction = 6)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal value,
    @Schema(required = true) @NotNull ObservationStatus status,
    @Schema(
            description = "Methodology version; defaults to the indicator's current one",
            example = "1",
            nullable = true)
        @Size(max = 20)
        String methodology,
    @Schema(
            nullable = true,
            example =
                "Операція «Цифровізація»: Полтавщина витратить на обласну програму 42 млн грн")
        @Size(max = 1000)
        String sourceDocument,
    @Schema(nullable = true, example = "https://www.adm-pl.gov.ua/news/cifrova-poltavshchyna")
        @Size(max = 2000)
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        String sourceUrl,
    @Schema(
            nullable = true,
            description = "Hash of the source document, e.g. sha256:...",
            example = "sha256:9f2c4e0b5a7d1c3e8f6a2b4d0e1f3a5c7b9d2e4f6a8c0b1d3e5f7a9c2b4d6e8f")
        @Size(max = 128)
        String sourceHash,
    @Schema(nullable = true, example = "Coverage measured by the operators' joint survey")
        @Size(max = 4000)
        String note) {}
