package io.dtmonitor.programme.version.diff;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "YearDelta", description = "How a year's totals changed")
public record YearDelta(@Schema(example = "2022") int year, TotalDelta totals) {}
