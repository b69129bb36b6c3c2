package io.dtmonitor.programme.version.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ProgrammeVersionList",
    description = "One page of a programme's versions the caller may see, oldest first")
public record VersionList(
    List<VersionSummary> items,
    @Schema(description = "Token of the next page; absent on the last page", nullable = true)
        String nextPageToken) {}
