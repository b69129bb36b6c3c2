package io.dtmonitor.indicator.target;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.dtmonitor.platform.http.Decimals;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "TargetRequest",
    description = "A region's target on an indicator for a year: a value or a range")
public record TargetRequest(
    @Schema(required = true, example = "UA-63")
        @NotBlank
        @Pattern(
            regexp = "[A-Z]{2}-[0-9A-Z]{2,3}",
            message = "must be an ISO 3166-2 code such as UA-53")
        String regionCode,
    @Schema(required = true, example = "DIGITAL_WORKPLACES_PER_COMMUNITY") @NotBlank
        String indicatorCode,
    @Schema(required = true, example = "2027") @NotNull @Min(2000) @Max(2100) Integer targetYear,
    @Schema(type = SchemaType.STRING, pattern = Decimals.PATTERN, nullable = true, example = "1")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Digits(integer = 14, fraction = 6)
        BigDecimal baselineValue,
    @Schema(nullable = true, example = "2024-01-01") LocalDate baselineDate,
    @Schema(type = SchemaType.STRING, pattern = Decimals.PATTERN, nullable = true, example = "3")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Digits(integer = 14, fraction = 6)
        BigDecimal targetValue,
    @Schema(type = SchemaType.STRING, pattern = Decimals.PATTERN, nullable = true, example = "2.5")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Digits(integer = 14, fraction = 6)
        BigDecimal targetMin,
    @Schema(type = SchemaType.STRING, pattern = Decimals.PATTERN, nullable = true, example = "5")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Digits(integer = 14, fraction = 6)
        BigDecimal targetMax,
    @Schema(
            type = SchemaType.STRING,
            pattern = Decimals.PATTERN,
            nullable = true,
            description = "e.g. at least 3 per community",
            example = "3")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Digits(integer = 14, fraction = 6)
        BigDecimal perUnitThreshold,
    @Schema(nullable = true) UUID programmeId) {}
