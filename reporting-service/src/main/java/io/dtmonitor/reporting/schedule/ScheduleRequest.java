package io.dtmonitor.reporting.schedule;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportingScheduleRequest", description = "When a programme's reports are due")
public record ScheduleRequest(
    @Schema(required = true, example = "true") @NotNull Boolean quarterly,
    @Schema(required = true, example = "true") @NotNull Boolean annual,
    @Schema(required = true, description = "Day of the month after the period", example = "25")
        @NotNull
        @Min(1)
        @Max(28)
        Integer dueDay,
    @Schema(
            required = true,
            description = "IANA time zone of the deadline",
            example = "Europe/Kyiv")
        @NotBlank
        String zone) {}
