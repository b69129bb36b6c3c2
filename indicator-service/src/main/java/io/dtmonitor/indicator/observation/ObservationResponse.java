package io.dtmonitor.indicator.observation;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.dtmonitor.platform.http.Decimals;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Observation", description = "One revision of a value")
public record ObservationResponse(
    UUID id,
    @Schema(example = "UA-53") String regionCode,
    @Schema(example = "INTERNET_COVERAGE") String indicatorCode,
    @Schema(example = "2021") String period,
    @Schema(example = "1") int revision,
    @Schema(type = SchemaType.STRING, pattern = Decimals.PATTERN, example = "63.0")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal value,
    ObservationStatus status,
    @Schema(example = "1") String methodology,
    @Schema(nullable = true) String sourceDocument,
    @Schema(nullable = true) String sourceUrl,
    @Schema(nullable = true) String sourceHash,
    @Schema(nullable = true) String note,
    Instant recordedAt,
    String recordedBy) {

  static ObservationResponse of(Observation o) {
    return new ObservationResponse(
        o.id,
        o.regionCode,
        o.indicatorCode,
        o.period,
        o.revision,
        io.dtmonitor.platform.http.Decimals.normalize(o.value),
        o.status,
        o.methodology,
        o.sourceDocument,
        o.sourceUrl,
        o.sourceHash,
        o.note,
        o.recordedAt,
        o.recordedBy);
  }
}
