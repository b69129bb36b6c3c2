package io.dtmonitor.indicator.dashboard;

import java.util.List;

/**
 * What the dashboard shows for one period and jurisdiction: the tables as display rows and the same
 * figures as JSON for the charts. Amounts are plain decimal strings, exactly as the API gives them.
 * {@code listed} are the indicators the page lists (every one when empty); {@code narrowed} says
 * the reader chose none and the whole catalogue was too large a view, so the page lists the
 * composite index's indicators.
 */
public record DashboardPage(
    String period,
    String jurisdiction,
    List<String> periodOptions,
    List<String> jurisdictionOptions,
    List<IndicatorOption> indicatorOptions,
    List<String> listed,
    boolean narrowed,
    String currency,
    String generatedAt,
    List<BudgetRow> budget,
    List<IndicatorRow> indicators,
    List<ReportRow> reports,
    List<IndexRow> index,
    String chartData) {

  /**
   * Planned (versions in force) against funded and spent (accepted reports). {@code planned} is the
   * fixed amount for display, with "within funding" named as such, never shown as 0; {@code
   * plannedFixed} is the bare fixed amount, for the chart.
   */
  public record BudgetRow(
      String regionCode,
      String region,
      String programmes,
      String planned,
      String plannedFixed,
      String funded,
      String spent,
      String executionPercent) {}

  /** An indicator of the catalogue the reader may choose to list. */
  public record IndicatorOption(String code, String name, boolean chosen) {}

  /** One published indicator value with its target and progress. */
  public record IndicatorRow(
      String regionCode,
      String region,
      String indicator,
      String value,
      String unit,
      String target,
      String progressPercent,
      String trend) {}

  /** Reports due in the period's year: on time, late, and overdue (still not submitted). */
  public record ReportRow(
      String regionCode, String region, long due, long onTime, long late, long overdue) {}

  /** A region's place in the composite index ranking. */
  /**
   * A region's composite index: ranked with its value, or not ranked (rank null, value empty) with
   * its coverage and the components it lacks.
   */
  public record IndexRow(
      Integer rank,
      String regionCode,
      String region,
      String value,
      String coveragePercent,
      String missing) {

    /** Ranked regions by rank, then those not ranked. */
    static final java.util.Comparator<IndexRow> RANKED_FIRST =
        java.util.Comparator.comparing(
            IndexRow::rank, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));

    public boolean ranked() {
      return rank != null;
    }
  }

  public boolean hasData() {
    return !budget.isEmpty() || !indicators.isEmpty() || !reports.isEmpty() || !index.isEmpty();
  }
}
