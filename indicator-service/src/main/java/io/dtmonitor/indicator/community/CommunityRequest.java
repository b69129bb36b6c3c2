package io.dtmonitor.indicator.community;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "CommunityRequest",
    description = "A territorial community (hromada) of an oblast, whose values roll up to it")
public record CommunityRequest(
    @Schema(
            required = true,
            description = "KATOTTG code; its first four characters are the oblast's",
            example = "UA63120070000016290")
        @NotBlank
        @Pattern(
            regexp = "UA[0-9]{17}",
            message = "must be a KATOTTG code such as UA63120070000016290")
        String katottg,
    @Schema(required = true, example = "Мереф'янська територіальна громада")
        @NotBlank
        @Size(max = 200)
        String nameUk,
    @Schema(required = true, example = "Merefa territorial community") @NotBlank @Size(max = 200)
        String nameEn,
    @Schema(
            nullable = true,
            description = "Population, for means weighted by it",
            example = "33000")
        @Min(0)
        Integer population) {}
