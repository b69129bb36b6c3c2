package io.dtmonitor.programme.organisation.api;

import io.dtmonitor.programme.organisation.OrganisationName;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One name of a body and when it was valid. */
@Schema(name = "OrganisationName")
public record OrganisationNameResponse(
    @Schema(description = "First day of the name; absent when not known", nullable = true)
        LocalDate validFrom,
    @Schema(
            description = "Day the next name took effect; absent for the current name",
            nullable = true)
        LocalDate validUntil,
    @Schema(example = "Департамент цифрової трансформації") String nameUk,
    @Schema(nullable = true) String nameEn) {

  public static OrganisationNameResponse of(OrganisationName name) {
    return new OrganisationNameResponse(name.validFrom, name.validUntil, name.nameUk, name.nameEn);
  }
}
