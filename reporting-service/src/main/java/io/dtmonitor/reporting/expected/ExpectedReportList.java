package io.dtmonitor.reporting.expected;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ExpectedReportList",
    description =
        "One page of the reports expected of the programmes in force in a year, by region,"
            + " programme and period")
public record ExpectedReportList(
    @Schema(example = "2026") int year,
    List<ExpectedReport> items,
    @Schema(description = "Token of the next page; absent on the last page", nullable = true)
        String nextPageToken) {}
