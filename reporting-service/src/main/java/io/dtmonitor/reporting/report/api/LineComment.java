package io.dtmonitor.reporting.report.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LineComment", description = "A reviewer's comment on one line")
public record LineComment(
    @Schema(required = true, example = "3.7") @NotBlank String measureCode,
    @Schema(required = true, example = "Додайте акт виконаних робіт") @NotBlank @Size(max = 2000)
        String comment) {}
