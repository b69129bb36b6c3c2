package io.dtmonitor.programme.version.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Direction",
    description = "A direction (напрям) of the programme and its stated subtotal")
public record DirectionDocument(
    @Schema(required = true, example = "1") @NotNull @Min(1) @Max(99) Integer number,
    @Schema(
            required = true,
            example =
                "Нормативно-правове, організаційне та методичне забезпечення програми інформатизації")
        @NotBlank
        @Size(max = 1000)
        String title,
    @Schema(
            description = "Subtotal as the source states it; absent when it states none",
            nullable = true)
        @Valid
        Planned statedSubtotal) {}
