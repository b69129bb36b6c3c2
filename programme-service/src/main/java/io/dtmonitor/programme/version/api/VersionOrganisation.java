package io.dtmonitor.programme.version.api;

import io.dtmonitor.programme.organisation.OrganisationMatch;
import io.dtmonitor.programme.organisation.OrganisationStatus;
import io.dtmonitor.programme.version.content.VersionDocument;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A body a version names, as written, and the organisation that name is linked to. */
@Schema(
    name = "VersionOrganisation",
    description =
        "A body the version names, as written, with the organisation it is linked to and that"
            + " organisation's name on the version's date (the day it took effect; today for a"
            + " draft)")
public record VersionOrganisation(
    @Schema(example = "Управління майном Полтавської обласної ради") String name,
    @Schema(
            description =
                "Where the version uses the name: initiator, developer, responsibleExecutor or"
                    + " measure:<code>",
            example = "[\"measure:3.12\"]",
            maxItems = 3 + VersionDocument.MAX_MEASURES)
        List<String> usedAs,
    @Schema(description = "Absent when the name is AMBIGUOUS", nullable = true) UUID organisationId,
    @Schema(
            description = "The organisation's name on the version's date",
            nullable = true,
            example = "Управління майном Полтавської обласної ради")
        String organisationName,
    @Schema(nullable = true) OrganisationStatus organisationStatus,
    OrganisationMatch match,
    @Schema(description = "Whether the document linked the name by id (organisationLinks)")
        boolean named) {}
