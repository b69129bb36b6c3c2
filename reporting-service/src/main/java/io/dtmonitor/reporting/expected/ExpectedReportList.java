package io.dtmonitor.reporting.expected;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ExpectedReportList",
    description = "The reports expected of the programmes in force in a year, by region")
public record ExpectedReportList(@Schema(example = "2026") int year, List<ExpectedReport> items) {}
