package io.dtmonitor.indicator.observation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ObservationList", description = "Observations, a page at a time")
public record ObservationList(
    List<ObservationResponse> items,
    @Schema(nullable = true, description = "Send as pageToken for the next page; null on the last")
        String nextPageToken) {}
