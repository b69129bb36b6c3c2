package io.dtmonitor.seed;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dtmonitor.client.reporting.model.ReportLineUpdate;
import io.dtmonitor.client.reporting.model.ReviewRequest;
import java.util.List;

/**
 * A reporting year of {@code data/reports}: the reports of one programme (its directory name in
 * {@code data/programmes}), each with its lines and the reviewer's decision. A report returned once
 * is corrected and submitted again, then accepted.
 */
record ReportYearSeed(
    @JsonProperty(required = true) String programme,
    @JsonProperty(required = true) String note,
    @JsonProperty(required = true) int year,
    @JsonProperty(required = true) List<ReportSeed> quarters) {

  /** One report: its period ({@code 2022-Q1} or {@code 2022}), lines and review. */
  record ReportSeed(
      @JsonProperty(required = true) String period,
      @JsonProperty(required = true) List<ReportLineUpdate> lines,
      @JsonProperty(required = true) ReviewRequest review) {}
}
