package io.dtmonitor.platform.audit;

import io.dtmonitor.platform.paging.PageRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * Which audit records to read: each present filter narrows the result; {@code region} is the
 * caller's reach (empty for every region), never a filter the caller chooses.
 */
record AuditQuery(
    Optional<String> objectType,
    Optional<String> objectId,
    Optional<String> actor,
    Optional<Instant> from,
    Optional<Instant> to,
    Optional<String> region,
    PageRequest page) {}
