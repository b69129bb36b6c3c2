package io.dtmonitor.indicator.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of {@code TargetSet}: a target as it was set, with its revision. Contract:
 * docs/events/target-set.v1.schema.json; its own record so an API change cannot change it.
 */
public record TargetSetData(
    UUID targetId,
    long revision,
    String regionCode,
    String indicatorCode,
    int targetYear,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal baselineValue,
    LocalDate baselineDate,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal targetValue,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal targetMin,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal targetMax,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal perUnitThreshold,
    UUID programmeId,
    Instant setAt,
    String setBy) {}
