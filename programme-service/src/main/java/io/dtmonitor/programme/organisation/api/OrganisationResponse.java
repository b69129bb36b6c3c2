package io.dtmonitor.programme.organisation.api;

import io.dtmonitor.programme.organisation.OrganisationKind;
import io.dtmonitor.programme.organisation.OrganisationStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A body with the name it had on the day asked for (today by default) and all its names. */
@Schema(name = "Organisation")
public record OrganisationResponse(
    UUID id,
    @Schema(example = "UA-53") String regionCode,
    OrganisationKind kind,
    @Schema(
            description =
                "DRAFT when a programme version import created it for a name no registered"
                    + " organisation of the region has")
        OrganisationStatus status,
    @Schema(example = "14360570", nullable = true) String edrpou,
    @Schema(
            description =
                "The name on the day asked for; absent when the body had no known name then",
            nullable = true)
        OrganisationNameResponse name,
    @Schema(description = "Every name, oldest first", maxItems = 100)
        List<OrganisationNameResponse> names,
    @Schema(description = "Version, the ETag for If-Match", example = "0") long version,
    Instant updatedAt) {}
