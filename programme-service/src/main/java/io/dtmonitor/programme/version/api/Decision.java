package io.dtmonitor.programme.version.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The council decision that adopts a version; sources sometimes leave number and date blank. */
@Schema(name = "Decision", description = "The decision adopting a version")
public record Decision(
    @Schema(required = true, example = "Полтавська обласна рада") @NotBlank @Size(max = 500)
        String body,
    @Schema(example = "115", nullable = true) @Size(max = 100) String number,
    @Schema(example = "2021-02-23", nullable = true) LocalDate date,
    @Schema(
            nullable = true,
            example =
                "Про затвердження регіональної програми інформатизації «Цифрова Полтавщина» на 2021 – 2023 роки")
        @Size(max = 2000)
        String title) {}
