package io.dtmonitor.programme.organisation.api;

import io.dtmonitor.platform.security.RegionCodes;
import io.dtmonitor.programme.organisation.OrganisationKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A body to register in a region. */
@Schema(name = "RegisterOrganisationRequest")
public record RegisterOrganisationRequest(
    @Schema(required = true, example = "UA-53")
        @NotNull
        @Pattern(regexp = RegionCodes.PATTERN, message = "must be an ISO 3166-2 code such as UA-53")
        String regionCode,
    @Schema(required = true) @NotNull OrganisationKind kind,
    @Schema(
            description =
                "EDRPOU code, when the body is a legal entity: eight digits, checksum valid",
            example = "14360570",
            nullable = true)
        @Pattern(regexp = "^[0-9]{8}$", message = "must be eight digits such as 14360570")
        String edrpou,
    @Schema(required = true, example = "Департамент цифрової трансформації")
        @NotBlank
        @Size(max = 500)
        String nameUk,
    @Schema(example = "Department of Digital Transformation", nullable = true) @Size(max = 500)
        String nameEn,
    @Schema(
            description = "Since when the body has this name; absent when not known",
            example = "2021-01-01",
            nullable = true)
        LocalDate validFrom) {}
