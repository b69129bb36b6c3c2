package io.dtmonitor.programme.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The data of OrganisationRegistered and OrganisationRenamed: the organisation's whole state after
 * the change, every name with its dates, so a consumer names a body as of any day from events alone
 * (docs/events/organisation-state.v1.schema.json).
 */
public record OrganisationEventData(
    UUID organisationId,
    String regionCode,
    String kind,
    String status,
    String edrpou,
    List<Name> names,
    long version,
    Instant changedAt,
    String changedBy) {

  /** One name and the days it was valid ({@code validUntil} exclusive). */
  public record Name(LocalDate validFrom, LocalDate validUntil, String nameUk, String nameEn) {}
}
