package io.dtmonitor.reporting.report.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReopenRequest", description = "Reopens an accepted report")
public record ReopenRequest(
    @Schema(required = true, example = "Помилка в сумі фінансування заходу 4.2")
        @NotBlank
        @Size(max = 4000)
        String reason) {}
