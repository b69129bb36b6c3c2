package io.dtmonitor.programme.programme.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgrammePage", description = "One page of programmes")
public record ProgrammePage(
    List<ProgrammeResponse> items,
    @Schema(description = "Token of the next page; absent on the last page", nullable = true)
        String nextPageToken) {}
