package io.dtmonitor.reporting.report.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ReviewRequest",
    description = "Accepts or returns a submitted report; returning needs a reason")
public record ReviewRequest(
    @Schema(required = true) @NotNull ReviewDecision decision,
    @Schema(nullable = true, example = "Не вказано джерела фінансування заходу 3.7")
        @Size(max = 4000)
        String reason,
    @Size(max = 1000) List<@NotNull @Valid LineComment> lineComments) {}
