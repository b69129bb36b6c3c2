package io.dtmonitor.indicator.observation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ObservationList", description = "Observations")
public record ObservationList(List<ObservationResponse> items) {}
