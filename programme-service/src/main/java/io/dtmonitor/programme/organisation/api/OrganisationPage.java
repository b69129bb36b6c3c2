package io.dtmonitor.programme.organisation.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of organisations, by current name. */
@Schema(name = "OrganisationPage")
public record OrganisationPage(
    @Schema(maxItems = 100) List<OrganisationResponse> items,
    @Schema(description = "Token of the next page; absent on the last page", nullable = true)
        String nextPageToken) {}
