package io.dtmonitor.programme.version.diff;

import io.dtmonitor.platform.ordering.DottedCodes;
import io.dtmonitor.programme.version.content.BudgetLineDocument;
import io.dtmonitor.programme.version.content.DirectionDocument;
import io.dtmonitor.programme.version.content.LineKey;
import io.dtmonitor.programme.version.content.MeasureDocument;
import io.dtmonitor.programme.version.content.Planned;
import io.dtmonitor.programme.version.content.StatedYear;
import io.dtmonitor.programme.version.content.VersionDocument;
import io.dtmonitor.programme.version.reconciliation.ComputedTotals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What changed from one version to another: every budget line added, removed or changed, the
 * measures added and removed, and the deltas per direction, per year and overall (stated and
 * computed). Applying {@link #lines} to the first version's lines gives the second's.
 */
@Schema(name = "VersionDiff", description = "Differences between two versions of a programme")
public record VersionDiff(
    @Schema(example = "1") int fromVersion,
    @Schema(example = "2") int toVersion,
    TotalDelta overall,
    @Schema(maxItems = YEARS) List<YearDelta> years,
    @Schema(maxItems = VersionDocument.MAX_DIRECTIONS) List<DirectionDelta> directions,
    @Schema(maxItems = VersionDocument.MAX_MEASURES) List<String> measuresAdded,
    @Schema(maxItems = VersionDocument.MAX_MEASURES) List<String> measuresRemoved,
    @Schema(maxItems = 2 * VersionDocument.MAX_LINES) List<LineChange> lines) {

  /** Years a version may plan for: 2000 to 2100. */
  private static final int YEARS = 101;

  public static VersionDiff between(
      int fromVersion, VersionDocument from, int toVersion, VersionDocument to) {
    ComputedTotals before = ComputedTotals.of(from);
    ComputedTotals after = ComputedTotals.of(to);
    TotalDelta overall =
        TotalDelta.of(
            from.statedTotals().total(), to.statedTotals().total(), before.total(), after.total());
    return new VersionDiff(
        fromVersion,
        toVersion,
        overall,
        years(from, to, before, after),
        directions(from, to, before, after),
        measureCodes(to, from),
        measureCodes(from, to),
        lineChanges(from.lines(), to.lines()));
  }

  /** The lines of the first version with this diff's line changes applied. */
  public List<BudgetLineDocument> applyTo(List<BudgetLineDocument> lines) {
    Map<LineKey, BudgetLineDocument> result = byKey(lines);
    for (LineChange change : this.lines) {
      LineKey key = new LineKey(change.measureCode(), change.year(), change.source());
      if (change.change() == ChangeKind.REMOVED) {
        result.remove(key);
      } else {
        result.put(
            key,
            new BudgetLineDocument(
                change.measureCode(), change.year(), change.source(), change.after()));
      }
    }
    return List.copyOf(result.values());
  }

  private static List<LineChange> lineChanges(
      List<BudgetLineDocument> from, List<BudgetLineDocument> to) {
    Map<LineKey, BudgetLineDocument> before = byKey(from);
    Map<LineKey, BudgetLineDocument> after = byKey(to);
    Set<LineKey> keys = new TreeSet<>(before.keySet());
    keys.addAll(after.keySet());
    List<LineChange> changes = new ArrayList<>();
    for (LineKey key : keys) {
      Planned old = before.containsKey(key) ? before.get(key).planned() : null;
      Planned now = after.containsKey(key) ? after.get(key).planned() : null;
      ChangeKind kind =
          old == null
              ? ChangeKind.ADDED
              : now == null ? ChangeKind.REMOVED : old.sameAs(now) ? null : ChangeKind.CHANGED;
      if (kind != null) {
        changes.add(new LineChange(key.measureCode(), key.year(), key.source(), kind, old, now));
      }
    }
    return changes;
  }

  private static List<YearDelta> years(
      VersionDocument from, VersionDocument to, ComputedTotals before, ComputedTotals after) {
    Map<Integer, Planned> statedBefore = statedYears(from);
    Map<Integer, Planned> statedAfter = statedYears(to);
    Set<Integer> years = new TreeSet<>(statedBefore.keySet());
    years.addAll(statedAfter.keySet());
    years.addAll(before.byYear().keySet());
    years.addAll(after.byYear().keySet());
    return years.stream()
        .map(
            year ->
                new YearDelta(
                    year,
                    TotalDelta.of(
                        statedBefore.get(year),
                        statedAfter.get(year),
                        before.byYear().get(year),
                        after.byYear().get(year))))
        .toList();
  }

  private static List<DirectionDelta> directions(
      VersionDocument from, VersionDocument to, ComputedTotals before, ComputedTotals after) {
    Map<Integer, DirectionDocument> old = directionsByNumber(from);
    Map<Integer, DirectionDocument> now = directionsByNumber(to);
    Set<Integer> numbers = new TreeSet<>(old.keySet());
    numbers.addAll(now.keySet());
    return numbers.stream()
        .map(
            number ->
                new DirectionDelta(
                    number,
                    old.containsKey(number) ? old.get(number).title() : null,
                    now.containsKey(number) ? now.get(number).title() : null,
                    TotalDelta.of(
                        old.containsKey(number) ? old.get(number).statedSubtotal() : null,
                        now.containsKey(number) ? now.get(number).statedSubtotal() : null,
                        before.byDirection().get(number),
                        after.byDirection().get(number))))
        .toList();
  }

  /** Codes of measures in {@code in} that {@code notIn} lacks, in code order. */
  private static List<String> measureCodes(VersionDocument in, VersionDocument notIn) {
    Set<String> absent =
        notIn.measures().stream().map(MeasureDocument::code).collect(Collectors.toSet());
    return in.measures().stream()
        .map(MeasureDocument::code)
        .filter(code -> !absent.contains(code))
        .sorted(DottedCodes::compare)
        .toList();
  }

  private static Map<LineKey, BudgetLineDocument> byKey(List<BudgetLineDocument> lines) {
    return lines.stream()
        .collect(
            Collectors.toMap(
                BudgetLineDocument::key, Function.identity(), (a, b) -> b, TreeMap::new));
  }

  private static Map<Integer, Planned> statedYears(VersionDocument document) {
    return document.statedTotals().byYear().stream()
        .collect(
            Collectors.toMap(StatedYear::year, StatedYear::planned, (a, b) -> b, TreeMap::new));
  }

  private static Map<Integer, DirectionDocument> directionsByNumber(VersionDocument document) {
    return document.directions().stream()
        .collect(
            Collectors.toMap(
                DirectionDocument::number, Function.identity(), (a, b) -> b, TreeMap::new));
  }
}
