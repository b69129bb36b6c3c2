package io.dtmonitor.programme.version.reconciliation;

import io.dtmonitor.programme.version.content.BudgetLineDocument;
import io.dtmonitor.programme.version.content.FundingSource;
import io.dtmonitor.programme.version.content.MeasureDocument;
import io.dtmonitor.programme.version.content.Planned;
import io.dtmonitor.programme.version.content.VersionDocument;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Totals computed from a version's budget lines. A total over lines none of which is fixed is
 * WITHIN_FUNDING (not zero); a total over no lines at all is absent from the maps and {@code null}
 * as the overall total.
 */
@Schema(name = "ComputedTotals", description = "Totals computed from the budget lines")
public record ComputedTotals(
    @Schema(nullable = true) Planned total,
    Map<Integer, Planned> byYear,
    Map<Integer, Planned> byDirection,
    Map<FundingSource, Planned> bySource) {

  public static ComputedTotals of(VersionDocument document) {
    Map<String, Integer> directionOfMeasure =
        document.measures().stream()
            .collect(
                Collectors.toMap(
                    MeasureDocument::code, MeasureDocument::directionNumber, (a, b) -> a));
    List<BudgetLineDocument> lines = document.lines();
    return new ComputedTotals(
        sum(lines),
        group(lines, BudgetLineDocument::year),
        group(
            lines.stream()
                .filter(line -> directionOfMeasure.containsKey(line.measureCode()))
                .toList(),
            line -> directionOfMeasure.get(line.measureCode())),
        group(lines, BudgetLineDocument::source));
  }

  /** The sum of the lines: FIXED when any is fixed, WITHIN_FUNDING when none is, null for none. */
  public static Planned sum(List<BudgetLineDocument> lines) {
    if (lines.isEmpty()) {
      return null;
    }
    boolean anyFixed = lines.stream().anyMatch(line -> line.planned().isFixed());
    if (!anyFixed) {
      return Planned.WITHIN;
    }
    return Planned.fixed(
        lines.stream()
            .map(line -> line.planned().fixedPart())
            .reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  private static <K extends Comparable<K>> Map<K, Planned> group(
      List<BudgetLineDocument> lines, Function<BudgetLineDocument, K> key) {
    Map<K, List<BudgetLineDocument>> grouped =
        lines.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    Map<K, Planned> totals = new TreeMap<>();
    grouped.forEach((k, group) -> totals.put(k, sum(group)));
    return totals;
  }
}
