package io.dtmonitor.seed;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dtmonitor.client.programme.model.AdoptionRequest;
import io.dtmonitor.client.programme.model.Decision;
import java.time.LocalDate;

/**
 * An entry of a programme's {@code adoptions.json}: the adopting decision of one version, with the
 * notes that label assumed values (they stay in the file, not in the request).
 */
record Adoption(
    @JsonProperty(required = true) int version,
    @JsonProperty(required = true) Decision decision,
    LocalDate effectiveFrom,
    String effectiveFromNote,
    Boolean acknowledgeFindings,
    String acknowledgementNote) {

  AdoptionRequest request() {
    return new AdoptionRequest()
        .decision(decision)
        .effectiveFrom(effectiveFrom)
        .acknowledgeFindings(acknowledgeFindings)
        .acknowledgementNote(acknowledgementNote);
  }
}
