package io.dtmonitor.programme.version.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "StatedYear",
    description = "The total the passport or budget annex states for a year")
public record StatedYear(
    @Schema(required = true, example = "2022") @NotNull @Min(2000) @Max(2100) Integer year,
    @Schema(required = true) @NotNull @Valid Planned planned) {}
