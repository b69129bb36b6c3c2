package io.dtmonitor.programme.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtmonitor.programme.version.content.BudgetLineDocument;
import io.dtmonitor.programme.version.content.DirectionDocument;
import io.dtmonitor.programme.version.content.FundingSource;
import io.dtmonitor.programme.version.content.LineKey;
import io.dtmonitor.programme.version.content.MeasureDocument;
import io.dtmonitor.programme.version.content.PassportDocument;
import io.dtmonitor.programme.version.content.Planned;
import io.dtmonitor.programme.version.content.StatedSource;
import io.dtmonitor.programme.version.content.StatedTotals;
import io.dtmonitor.programme.version.content.StatedYear;
import io.dtmonitor.programme.version.content.VersionDocument;
import io.dtmonitor.programme.version.diff.VersionDiff;
import io.dtmonitor.programme.version.reconciliation.ComputedTotals;
import io.dtmonitor.programme.version.reconciliation.FindingCode;
import io.dtmonitor.programme.version.reconciliation.Reconciler;
import io.dtmonitor.programme.version.reconciliation.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of reconciliation and diffs over random versions. */
class VersionPropertiesTest {

  @Property(tries = 300)
  void statedTotalsTakenFromTheLinesAlwaysReconcileExactly(
      @ForAll("versions") VersionDocument random) {
    VersionDocument version = withStatedTotalsFromLines(random);
    var errors =
        Reconciler.reconcile(version, false, null, false).stream()
            .filter(f -> f.severity() == Severity.ERROR)
            .filter(
                f ->
                    f.code() != FindingCode.LINE_OUTSIDE_MEASURE_TERM
                        && f.code() != FindingCode.MEASURE_OUTSIDE_PROGRAMME_TERM)
            .toList();
    assertTrue(errors.isEmpty(), errors.toString());

    ComputedTotals totals = ComputedTotals.of(version);
    BigDecimal sumOfYears =
        totals.byYear().values().stream()
            .map(Planned::fixedPart)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal sumOfDirections =
        totals.byDirection().values().stream()
            .map(Planned::fixedPart)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal sumOfSources =
        totals.bySource().values().stream()
            .map(Planned::fixedPart)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal total = totals.total() == null ? BigDecimal.ZERO : totals.total().fixedPart();
    assertEquals(0, total.compareTo(sumOfYears));
    assertEquals(0, total.compareTo(sumOfDirections));
    assertEquals(0, total.compareTo(sumOfSources));
  }

  @Property(tries = 300)
  void aChangedAmountIsAlwaysFound(@ForAll("versions") VersionDocument random) {
    VersionDocument version = withStatedTotalsFromLines(random);
    List<BudgetLineDocument> lines = new ArrayList<>(version.lines());
    int fixedAt = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).planned().isFixed()) {
        fixedAt = i;
      }
    }
    if (fixedAt < 0) {
      return;
    }
    BudgetLineDocument line = lines.get(fixedAt);
    lines.set(
        fixedAt,
        new BudgetLineDocument(
            line.measureCode(),
            line.year(),
            line.source(),
            Planned.fixed(line.planned().amount().add(new BigDecimal("0.1")))));
    VersionDocument changed = withLines(version, lines);
    var codes =
        Reconciler.reconcile(changed, false, null, false).stream()
            .map(f -> f.code())
            .collect(Collectors.toSet());
    assertTrue(
        codes.containsAll(
            Set.of(
                FindingCode.STATED_TOTAL_MISMATCH,
                FindingCode.STATED_YEAR_MISMATCH,
                FindingCode.STATED_DIRECTION_MISMATCH,
                FindingCode.STATED_SOURCE_MISMATCH)),
        codes.toString());
  }

  @Property(tries = 300)
  void diffAppliedToTheFirstVersionGivesTheSecond(
      @ForAll("versions") VersionDocument a, @ForAll("versions") VersionDocument b) {
    VersionDiff diff = VersionDiff.between(1, a, 2, b);
    assertEquals(byKey(b.lines()), byKey(diff.applyTo(a.lines())));
    Planned before = a.statedTotals().total();
    Planned after = b.statedTotals().total();
    if (before.isFixed() && after.isFixed()) {
      assertEquals(
          0,
          after.fixedPart().subtract(before.fixedPart()).compareTo(diff.overall().statedDelta()));
    } else {
      assertNull(diff.overall().statedDelta(), "a change of kind has no amount");
    }
  }

  @Property(tries = 100)
  void diffOfAVersionWithItselfIsEmpty(@ForAll("versions") VersionDocument a) {
    VersionDiff diff = VersionDiff.between(1, a, 1, a);
    assertTrue(diff.lines().isEmpty());
    BigDecimal computed = diff.overall().computedDelta();
    if (diff.overall().computedAfter() != null && !diff.overall().computedAfter().isFixed()) {
      assertNull(computed, "within funding to within funding has no amount");
    } else {
      assertEquals(0, computed.signum());
    }
  }

  @Provide
  Arbitrary<VersionDocument> versions() {
    Arbitrary<Integer> directionCount = Arbitraries.integers().between(1, 4);
    return directionCount.flatMap(
        directions ->
            Arbitraries.integers()
                .between(1, 5)
                .list()
                .ofSize(directions)
                .flatMap(measuresPerDirection -> linesFor(measuresPerDirection)));
  }

  private Arbitrary<VersionDocument> linesFor(List<Integer> measuresPerDirection) {
    List<DirectionDocument> directions = new ArrayList<>();
    List<MeasureDocument> measures = new ArrayList<>();
    for (int d = 0; d < measuresPerDirection.size(); d++) {
      directions.add(new DirectionDocument(d + 1, "Напрям " + (d + 1), null));
      for (int m = 0; m < measuresPerDirection.get(d); m++) {
        measures.add(
            new MeasureDocument(
                (d + 1) + "." + (m + 1),
                d + 1,
                "Захід",
                2021,
                2023,
                List.of(),
                null,
                null,
                List.of(FundingSource.REGIONAL_BUDGET)));
      }
    }
    Arbitrary<Planned> planned =
        Arbitraries.oneOf(
            Arbitraries.just(Planned.WITHIN),
            Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("99999.9"))
                .ofScale(1)
                .map(Planned::fixed),
            Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("999.999"))
                .ofScale(3)
                .map(Planned::fixed));
    Arbitrary<BudgetLineDocument> line =
        Combinators.combine(
                Arbitraries.of(measures),
                Arbitraries.integers().between(2021, 2023),
                Arbitraries.of(FundingSource.class),
                planned)
            .as(
                (measure, year, source, amount) ->
                    new BudgetLineDocument(measure.code(), year, source, amount));
    Arbitrary<Planned> stated = planned;
    return Combinators.combine(
            line.list().ofMaxSize(40).uniqueElements(BudgetLineDocument::key), stated)
        .as(
            (lines, total) ->
                new VersionDocument(
                    VersionDocument.FORMAT,
                    new PassportDocument(
                        "Програма", null, 2021, 2023, null, null, null, List.of(), null, null),
                    new StatedTotals(total, List.of(), List.of()),
                    directions,
                    measures,
                    lines,
                    List.of()));
  }

  private static VersionDocument withStatedTotalsFromLines(VersionDocument version) {
    ComputedTotals totals = ComputedTotals.of(version);
    Planned total = totals.total() == null ? Planned.WITHIN : totals.total();
    List<StatedYear> years =
        totals.byYear().entrySet().stream()
            .map(e -> new StatedYear(e.getKey(), e.getValue()))
            .toList();
    List<StatedSource> sources =
        totals.bySource().entrySet().stream()
            .map(e -> new StatedSource(e.getKey(), e.getValue(), null))
            .toList();
    List<DirectionDocument> directions =
        version.directions().stream()
            .map(
                d ->
                    new DirectionDocument(
                        d.number(), d.title(), totals.byDirection().get(d.number())))
            .toList();
    return new VersionDocument(
        version.format(),
        version.passport(),
        new StatedTotals(total, years, sources),
        directions,
        version.measures(),
        version.lines(),
        version.organisationLinks());
  }

  private static VersionDocument withLines(
      VersionDocument version, List<BudgetLineDocument> lines) {
    return new VersionDocument(
        version.format(),
        version.passport(),
        version.statedTotals(),
        version.directions(),
        version.measures(),
        lines,
        version.organisationLinks());
  }

  private static Map<LineKey, String> byKey(List<BudgetLineDocument> lines) {
    return lines.stream()
        .collect(
            Collectors.toMap(
                BudgetLineDocument::key,
                line ->
                    line.planned().kind()
                        + ":"
                        + (line.planned().isFixed()
                            ? line.planned().amount().stripTrailingZeros().toPlainString()
                            : ""),
                (x, y) -> y,
                TreeMap::new));
  }
}
