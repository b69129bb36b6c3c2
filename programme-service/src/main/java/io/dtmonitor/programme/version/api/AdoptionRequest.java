package io.dtmonitor.programme.version.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdoptionRequest", description = "Adopts a draft version by a decision")
public record AdoptionRequest(
    @Schema(required = true) @NotNull @Valid Decision decision,
    @Schema(
            description =
                "When the version takes effect; defaults to the decision's date, else today (Europe/Kyiv)",
            example = "2021-02-23",
            nullable = true)
        LocalDate effectiveFrom,
    @Schema(
            description = "Adopt although ERROR findings remain; requires acknowledgementNote",
            example = "false")
        boolean acknowledgeFindings,
    @Schema(
            nullable = true,
            example = "The article gives totals only; the measures follow in the amendment")
        @Size(max = 2000)
        String acknowledgementNote) {}
