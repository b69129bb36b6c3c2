package io.dtmonitor.programme.organisation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A body's new name and the day it takes effect; the old name stays valid until then. */
@Schema(name = "RenameOrganisationRequest")
public record RenameOrganisationRequest(
    @Schema(required = true, example = "Департамент цифрового розвитку") @NotBlank @Size(max = 500)
        String nameUk,
    @Schema(example = "Department of Digital Development", nullable = true) @Size(max = 500)
        String nameEn,
    @Schema(
            required = true,
            description = "The day the new name takes effect",
            example = "2024-03-01")
        @NotNull
        LocalDate validFrom) {}
