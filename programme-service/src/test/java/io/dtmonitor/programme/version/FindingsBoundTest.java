package io.dtmonitor.programme.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtmonitor.programme.version.content.BudgetLineDocument;
import io.dtmonitor.programme.version.content.DirectionDocument;
import io.dtmonitor.programme.version.content.FundingSource;
import io.dtmonitor.programme.version.content.MeasureDocument;
import io.dtmonitor.programme.version.content.PassportDocument;
import io.dtmonitor.programme.version.content.Planned;
import io.dtmonitor.programme.version.content.StatedSource;
import io.dtmonitor.programme.version.content.StatedTotals;
import io.dtmonitor.programme.version.content.StatedYear;
import io.dtmonitor.programme.version.content.VersionDocument;
import io.dtmonitor.programme.version.reconciliation.Finding;
import io.dtmonitor.programme.version.reconciliation.FindingCode;
import io.dtmonitor.programme.version.reconciliation.Reconciler;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A version's findings are bounded by its document's caps, as the API documents them: a document as
 * large and as wrong as the import accepts yields at most {@link Reconciler#MAX_FINDINGS}.
 */
class FindingsBoundTest {

  /** A title of 200 words, each mixing a Cyrillic and a Latin letter. */
  private static final String MIXED_TITLE = "аb ".repeat(200).strip();

  @Test
  void aTitleMixingAlphabetsInManyWordsIsOneFindingNamingTheFirstFive() {
    VersionDocument document =
        document(
            List.of(new DirectionDocument(1, "Цифрова аa аb аc аd аe аf аg аa", null)),
            List.of(),
            List.of());
    List<Finding> mixed =
        Reconciler.reconcile(document, false, null, false).stream()
            .filter(f -> f.code() == FindingCode.MIXED_ALPHABET_TITLE)
            .toList();
    assertEquals(1, mixed.size(), mixed.toString());
    assertEquals("direction:1", mixed.get(0).subject());
    assertEquals(
        "The title of direction 1 mixes Latin and Cyrillic letters in \"аa\", \"аb\", \"аc\","
            + " \"аd\", \"аe\" and 2 more words",
        mixed.get(0).message());
  }

  @Test
  void theLargestAndMostWrongDocumentStaysWithinTheDocumentedCap() {
    List<DirectionDocument> directions = new ArrayList<>();
    for (int number = 1; number <= VersionDocument.MAX_DIRECTIONS; number++) {
      directions.add(new DirectionDocument(number, MIXED_TITLE, Planned.fixed("1")));
    }
    List<MeasureDocument> measures = new ArrayList<>();
    List<BudgetLineDocument> lines = new ArrayList<>();
    for (int i = 0; i < VersionDocument.MAX_MEASURES; i++) {
      int direction = i % VersionDocument.MAX_DIRECTIONS + 1;
      String code = direction + "." + (i / VersionDocument.MAX_DIRECTIONS + 1);
      // In force for 2001 only, outside the programme's 2000; its lines run to 2005.
      measures.add(measure(code, direction, 2001));
      for (int year = 2001; year <= 2005; year++) {
        for (FundingSource source : FundingSource.values()) {
          lines.add(new BudgetLineDocument(code, year, source, Planned.fixed("2")));
        }
      }
    }
    assertEquals(VersionDocument.MAX_LINES, lines.size());
    List<StatedYear> years = new ArrayList<>();
    for (int year = 2000; year < 2000 + StatedTotals.MAX_YEARS; year++) {
      years.add(new StatedYear(year, Planned.fixed("1")));
    }
    List<StatedSource> sources = new ArrayList<>();
    for (int i = 0; i < StatedTotals.MAX_SOURCES; i++) {
      sources.add(
          new StatedSource(
              FundingSource.values()[i % FundingSource.values().length],
              Planned.fixed("1"),
              new BigDecimal("1")));
    }
    VersionDocument worst =
        new VersionDocument(
            VersionDocument.FORMAT,
            passport(MIXED_TITLE),
            new StatedTotals(Planned.fixed("1"), years, sources),
            directions,
            measures,
            lines,
            List.of());

    List<Finding> findings = Reconciler.reconcile(worst, true, null, false);

    assertTrue(
        findings.size() > VersionDocument.MAX_LINES / 2,
        "the document is as wrong as it can be: " + findings.size() + " findings");
    assertTrue(
        findings.size() <= Reconciler.MAX_FINDINGS,
        findings.size() + " findings, over the documented " + Reconciler.MAX_FINDINGS);
  }

  private static VersionDocument document(
      List<DirectionDocument> directions,
      List<MeasureDocument> measures,
      List<BudgetLineDocument> lines) {
    return new VersionDocument(
        VersionDocument.FORMAT,
        passport("Програма"),
        new StatedTotals(Planned.WITHIN, List.of(), List.of()),
        directions,
        measures,
        lines,
        List.of());
  }

  private static PassportDocument passport(String title) {
    return new PassportDocument(
        title, null, 2000, 2000, "Рішення", null, null, List.of(), null, null);
  }

  private static MeasureDocument measure(String code, int direction, int year) {
    return new MeasureDocument(
        code, direction, MIXED_TITLE, year, year, List.of(), null, null, List.of());
  }
}
