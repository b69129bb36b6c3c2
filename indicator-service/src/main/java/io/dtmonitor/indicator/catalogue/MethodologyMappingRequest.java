package io.dtmonitor.indicator.catalogue;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "MethodologyMappingRequest",
    description =
        "How a value of one methodology converts to another's scale: value x factor + offset")
public record MethodologyMappingRequest(
    @Schema(
            required = true,
            type = SchemaType.STRING,
            pattern = "^-?[0-9]{1,14}(\\.[0-9]{1,6})?$",
            example = "100")
        @NotNull
        @Digits(integer = 14, fraction = 6)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal factor,
    @Schema(
            type = SchemaType.STRING,
            pattern = "^-?[0-9]{1,14}(\\.[0-9]{1,6})?$",
            description = "0 when absent",
            example = "0")
        @Digits(integer = 14, fraction = 6)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal offset) {}
