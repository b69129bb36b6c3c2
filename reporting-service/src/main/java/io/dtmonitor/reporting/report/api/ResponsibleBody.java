package io.dtmonitor.reporting.report.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A body responsible for a report line's measure, as the programme version names it. */
@Schema(
    name = "ResponsibleBody",
    description =
        "A body the programme version names for the measure, with the organisation it is linked"
            + " to and that organisation's name at the end of the report's period")
public record ResponsibleBody(
    @Schema(example = "Управління майном Полтавської обласної ради") String name,
    @Schema(description = "Absent when the name is linked to no organisation", nullable = true)
        UUID organisationId,
    @Schema(
            description =
                "The organisation's name at the end of the period; absent while it is not known",
            nullable = true,
            example = "Управління майном Полтавської обласної ради")
        String organisationName) {}
