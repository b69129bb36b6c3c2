package io.dtmonitor.indicator.observation;

import java.math.BigDecimal;
import java.time.Instant;

/** The current revision of a region x indicator value in a period, when that revision is FINAL. */
public record FinalValue(
    String regionCode,
    String indicatorCode,
    BigDecimal value,
    String methodology,
    Instant recordedAt) {}
