package io.dtmonitor.programme.region.api;

import io.dtmonitor.platform.region.KnownRegions;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegionList", description = "All regions, ordered by code")
public record RegionListResponse(
    @Schema(maxItems = KnownRegions.CAPACITY) List<RegionResponse> items) {}
