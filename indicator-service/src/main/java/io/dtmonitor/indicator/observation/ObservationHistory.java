package io.dtmonitor.indicator.observation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every revision of one value (region, indicator, period), oldest first; not paged. */
@Schema(name = "ObservationHistory", description = "Every revision of one value, oldest first")
public record ObservationHistory(List<ObservationResponse> items) {}
