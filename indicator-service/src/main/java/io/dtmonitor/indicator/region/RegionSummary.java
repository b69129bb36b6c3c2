package io.dtmonitor.indicator.region;

/** What a view shows of a region, read as a plain row: views list hundreds of them per request. */
public record RegionSummary(
    String code, String katottg, String nameUk, String nameEn, String currency) {}
