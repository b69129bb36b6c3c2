package io.dtmonitor.programme.region.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegionList", description = "All regions, ordered by code")
public record RegionListResponse(List<RegionResponse> items) {}
