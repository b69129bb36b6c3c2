package io.dtmonitor.programme.version.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Links a name the version uses to an organisation by its id, where matching by name would not find
 * it: another spelling of the body's name, or one of several bodies with the same name.
 */
@Schema(
    name = "OrganisationLink",
    description = "A name the version uses, linked to an organisation of the programme's region")
public record OrganisationLink(
    @Schema(
            required = true,
            example =
                "Управління інфраструктури та цифрової трансформації обласної державної адміністрації")
        @NotBlank
        @Size(max = 1000)
        String name,
    @Schema(required = true, example = "5d1c3f0e-8a2b-4f6e-9c1d-2b7e4a9f0c33") @NotNull
        UUID organisationId) {}
