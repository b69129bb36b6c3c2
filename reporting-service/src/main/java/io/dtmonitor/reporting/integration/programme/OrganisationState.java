package io.dtmonitor.reporting.integration.programme;

import io.dtmonitor.platform.inbox.KnownRegion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * reporting-service's own copy of the parts of programme-service's organisation state
 * (OrganisationRegistered and OrganisationRenamed, docs/events/organisation-state.v1) it uses: the
 * body's region, status and every name with the days it was valid. Read tolerantly; every field
 * used is checked on arrival.
 */
public record OrganisationState(
    @NotNull UUID organisationId,
    @NotNull @KnownRegion String regionCode,
    @NotBlank String status,
    @NotEmpty @Size(max = 100) List<@NotNull @Valid Name> names,
    @PositiveOrZero long version) {

  /** One name and the days it was valid ({@code validUntil} exclusive). */
  public record Name(
      LocalDate validFrom,
      LocalDate validUntil,
      @NotBlank @Size(max = 500) String nameUk,
      @Size(max = 500) String nameEn) {}
}
