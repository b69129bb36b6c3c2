package io.dtmonitor.programme.programme.api;

import io.dtmonitor.platform.security.RegionCodes;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registers a programme of a region; the caller must be a CDTO of that region. */
@Schema(name = "CreateProgrammeRequest", description = "A new programme's region and passport")
public record CreateProgrammeRequest(
    @Schema(description = "ISO 3166-2 code of the region", example = "UA-53")
        @NotBlank
        @Pattern(regexp = RegionCodes.PATTERN, message = "must be an ISO 3166-2 code such as UA-53")
        String regionCode,
    @Schema(
            description = "Title in Ukrainian (or the source language)",
            example = "Цифрова Полтавщина на 2021-2023 роки")
        @NotBlank
        @Size(max = 500)
        String titleUk,
    @Schema(
            description = "Title in English",
            example = "Digital Poltava Region 2021-2023",
            nullable = true)
        @Size(max = 500)
        String titleEn,
    @Schema(description = "First year of the programme's term", example = "2021")
        @NotNull
        @Min(2000)
        @Max(2100)
        Integer firstYear,
    @Schema(description = "Last year of the programme's term", example = "2023")
        @NotNull
        @Min(2000)
        @Max(2100)
        Integer lastYear,
    @Schema(
            description = "Laws and decisions the programme rests on",
            nullable = true,
            example = "Закон України «Про Національну програму інформатизації»")
        @Size(max = 2000)
        String legalBasis,
    @Schema(
            description = "Who initiated the programme",
            nullable = true,
            example = "Полтавська обласна державна адміністрація")
        @Size(max = 500)
        String initiator,
    @Schema(
            description = "Responsible executors as named in the passport",
            example = "[\"Департамент цифрової трансформації\"]")
        @Size(max = PassportFields.MAX_EXECUTORS)
        List<@NotBlank @Size(max = 500) String> responsibleExecutors,
    @Schema(
            description = "The strategic goal the programme serves",
            nullable = true,
            example = "Стратегія розвитку Полтавської області на 2021-2027 роки")
        @Size(max = 1000)
        String strategicGoalRef,
    @Schema(
            description =
                "Currency of the programme's amounts (ISO 4217); defaults to the region's",
            example = "UAH",
            nullable = true)
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code")
        String currency)
    implements PassportFields {}
