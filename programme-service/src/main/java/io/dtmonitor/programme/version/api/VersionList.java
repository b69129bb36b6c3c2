package io.dtmonitor.programme.version.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ProgrammeVersionList",
    description = "A programme's versions the caller may see, oldest first")
public record VersionList(List<VersionSummary> items) {}
