package io.dtmonitor.programme.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code ProgrammeRegistered} and {@code ProgrammeUpdated}: the passport as it stands after
 * the change. The contract is {@code docs/events/programme-registered.v1.schema.json} (and its
 * updated twin).
 */
public record ProgrammeEventData(
    UUID programmeId,
    String regionCode,
    String titleUk,
    String titleEn,
    int firstYear,
    int lastYear,
    String legalBasis,
    String initiator,
    List<String> responsibleExecutors,
    String strategicGoalRef,
    String currency,
    String status,
    long version,
    Instant changedAt,
    String changedBy) {}
