package io.dtmonitor.programme.version.content;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "StatedSource",
    description = "The total the passport states for a funding source, with its share in %")
public record StatedSource(
    @Schema(required = true) @NotNull FundingSource source,
    @Schema(required = true) @NotNull @Valid Planned planned,
    @Schema(
            type = SchemaType.STRING,
            pattern = "^[0-9]{1,3}(\\.[0-9]{1,2})?$",
            example = "100",
            nullable = true)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @DecimalMin("0")
        @DecimalMax("100")
        BigDecimal sharePercent) {}
