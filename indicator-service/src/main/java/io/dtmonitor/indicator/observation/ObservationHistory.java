package io.dtmonitor.indicator.observation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the revisions of one value (region, indicator, period), oldest first. */
@Schema(
    name = "ObservationHistory",
    description = "One page of the revisions of one value, oldest first")
public record ObservationHistory(
    List<ObservationResponse> items,
    @Schema(description = "Token of the next page; absent on the last page", nullable = true)
        String nextPageToken) {}
