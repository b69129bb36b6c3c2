package io.dtmonitor.programme.version.reconciliation;

import io.dtmonitor.platform.text.Texts;
import io.dtmonitor.programme.version.content.BudgetLineDocument;
import io.dtmonitor.programme.version.content.DirectionDocument;
import io.dtmonitor.programme.version.content.MeasureDocument;
import io.dtmonitor.programme.version.content.PassportDocument;
import io.dtmonitor.programme.version.content.Planned;
import io.dtmonitor.programme.version.content.StatedSource;
import io.dtmonitor.programme.version.content.StatedTotals;
import io.dtmonitor.programme.version.content.StatedYear;
import io.dtmonitor.programme.version.content.VersionDocument;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reconciles what a version states with what its budget lines add up to, and checks terms, decision
 * references and titles. A pure function of the document (and the decision, once there is one),
 * recomputed on every change.
 */
public final class Reconciler {

  /**
   * The most findings one version can have, from the document's caps: one per stated total (the
   * whole, each year, direction and source, plus each source's share), per measure and line outside
   * its term, per direction without a fixed amount, per title mixing alphabets, and the decision
   * reference, per measure whose executors do not join back into the source's wording, and per name
   * the version uses that is not linked to one registered organisation.
   */
  public static final int MAX_FINDINGS =
      1
          + StatedTotals.MAX_YEARS
          + VersionDocument.MAX_DIRECTIONS
          + 2 * StatedTotals.MAX_SOURCES
          + VersionDocument.MAX_MEASURES
          + VersionDocument.MAX_LINES
          + VersionDocument.MAX_DIRECTIONS
          + 1
          + 1
          + VersionDocument.MAX_DIRECTIONS
          + VersionDocument.MAX_MEASURES
          + VersionDocument.MAX_MEASURES
          + VersionDocument.MAX_NAMES;

  /** How many of a title's mixed words its finding names. */
  private static final int WORDS_NAMED = 5;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’ʼ]+");
  private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
  private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

  private Reconciler() {}

  /**
   * @param decisionNumber the adopting decision's number, when adopted
   * @param decisionDateKnown whether the adopting decision's date is known, when adopted
   * @param adopted whether the version has been adopted (decision checks apply only then)
   */
  public static List<Finding> reconcile(
      VersionDocument document, boolean adopted, String decisionNumber, boolean decisionDateKnown) {
    List<Finding> findings = new ArrayList<>();
    ComputedTotals computed = ComputedTotals.of(document);
    checkStatedTotals(document, computed, findings);
    checkTerms(document, findings);
    checkDirectionsWithoutFixedAmount(document, computed, findings);
    if (adopted && (decisionNumber == null || decisionNumber.isBlank() || !decisionDateKnown)) {
      findings.add(
          Finding.of(
              FindingCode.MISSING_DECISION_REFERENCE,
              "decision",
              "The adopting decision's "
                  + (decisionNumber == null || decisionNumber.isBlank() ? "number" : "")
                  + (decisionNumber == null || decisionNumber.isBlank()
                      ? (decisionDateKnown ? "" : " and date")
                      : "date")
                  + " are not recorded"));
    }
    checkTitles(document, findings);
    checkExecutorsText(document, findings);
    return findings;
  }

  /**
   * A measure's executors, joined as the source separates them, should give back the source's
   * wording of the cell; where they do not, the list was split or mended by hand (a missing comma,
   * a stray word at a page break), and a reader should see where.
   */
  private static void checkExecutorsText(VersionDocument document, List<Finding> findings) {
    for (MeasureDocument measure : document.measures()) {
      String text = measure.responsibleExecutorsText();
      if (text == null || text.isBlank()) {
        continue;
      }
      String joined = String.join(", ", measure.responsibleExecutors());
      if (!Texts.searchable(joined).equals(Texts.searchable(text))) {
        findings.add(
            Finding.of(
                FindingCode.EXECUTORS_DIFFER_FROM_SOURCE_TEXT,
                "measure:" + measure.code(),
                "Measure "
                    + measure.code()
                    + " lists "
                    + measure.responsibleExecutors().size()
                    + " executors that do not join back into the source's cell «"
                    + text.strip()
                    + "»: the cell was split or mended by hand; check the list against the"
                    + " source"));
      }
    }
  }

  private static void checkStatedTotals(
      VersionDocument document, ComputedTotals computed, List<Finding> findings) {
    compare(
        FindingCode.STATED_TOTAL_MISMATCH,
        "programme",
        "The programme",
        document.statedTotals().total(),
        computed.total(),
        findings);
    for (StatedYear year : document.statedTotals().byYear()) {
      compare(
          FindingCode.STATED_YEAR_MISMATCH,
          "year:" + year.year(),
          "Year " + year.year(),
          year.planned(),
          computed.byYear().get(year.year()),
          findings);
    }
    for (DirectionDocument direction : document.directions()) {
      if (direction.statedSubtotal() != null) {
        compare(
            FindingCode.STATED_DIRECTION_MISMATCH,
            "direction:" + direction.number(),
            "Direction " + direction.number(),
            direction.statedSubtotal(),
            computed.byDirection().get(direction.number()),
            findings);
      }
    }
    for (StatedSource source : document.statedTotals().bySource()) {
      compare(
          FindingCode.STATED_SOURCE_MISMATCH,
          "source:" + source.source(),
          "Funding source " + source.source(),
          source.planned(),
          computed.bySource().get(source.source()),
          findings);
      checkShare(document.statedTotals().total(), source, findings);
    }
  }

  private static void compare(
      FindingCode code,
      String subject,
      String what,
      Planned stated,
      Planned computed,
      List<Finding> findings) {
    boolean matches = computed == null ? !stated.isFixed() : stated.sameAs(computed);
    if (!matches) {
      findings.add(
          Finding.mismatch(
              code,
              subject,
              what
                  + " states "
                  + describe(stated)
                  + " but its budget lines "
                  + (computed == null ? "are missing" : "sum to " + describe(computed)),
              stated,
              computed));
    }
  }

  private static void checkShare(Planned total, StatedSource source, List<Finding> findings) {
    if (source.sharePercent() == null || !total.isFixed() || total.fixedPart().signum() == 0) {
      return;
    }
    BigDecimal actual =
        source
            .planned()
            .fixedPart()
            .multiply(BigDecimal.valueOf(100))
            .divide(
                total.fixedPart(),
                Math.max(0, source.sharePercent().scale()),
                RoundingMode.HALF_UP);
    if (actual.compareTo(source.sharePercent()) != 0) {
      findings.add(
          Finding.of(
              FindingCode.STATED_SHARE_MISMATCH,
              "source:" + source.source(),
              "Funding source "
                  + source.source()
                  + " is stated as "
                  + source.sharePercent().toPlainString()
                  + "% of the total but its stated amount is "
                  + actual.toPlainString()
                  + "%"));
    }
  }

  private static void checkTerms(VersionDocument document, List<Finding> findings) {
    PassportDocument passport = document.passport();
    Map<String, MeasureDocument> measures =
        document.measures().stream()
            .collect(Collectors.toMap(MeasureDocument::code, Function.identity(), (a, b) -> a));
    for (MeasureDocument measure : document.measures()) {
      if (measure.firstYear() < passport.firstYear() || measure.lastYear() > passport.lastYear()) {
        findings.add(
            Finding.of(
                FindingCode.MEASURE_OUTSIDE_PROGRAMME_TERM,
                "measure:" + measure.code(),
                "Measure "
                    + measure.code()
                    + " runs "
                    + measure.firstYear()
                    + "-"
                    + measure.lastYear()
                    + ", outside the programme's term "
                    + passport.firstYear()
                    + "-"
                    + passport.lastYear()));
      }
    }
    for (BudgetLineDocument line : document.lines()) {
      MeasureDocument measure = measures.get(line.measureCode());
      if (measure != null
          && (line.year() < measure.firstYear() || line.year() > measure.lastYear())) {
        findings.add(
            Finding.mismatch(
                FindingCode.LINE_OUTSIDE_MEASURE_TERM,
                "line:" + line.measureCode() + "/" + line.year() + "/" + line.source(),
                "Measure "
                    + line.measureCode()
                    + " runs "
                    + measure.firstYear()
                    + "-"
                    + measure.lastYear()
                    + " but has a "
                    + line.year()
                    + " line of "
                    + describe(line.planned()),
                null,
                line.planned()));
      }
    }
  }

  private static void checkDirectionsWithoutFixedAmount(
      VersionDocument document, ComputedTotals computed, List<Finding> findings) {
    for (DirectionDocument direction : document.directions()) {
      Planned lines = computed.byDirection().get(direction.number());
      boolean noFixedLines = lines == null || !lines.isFixed();
      boolean noFixedStated =
          direction.statedSubtotal() == null || !direction.statedSubtotal().isFixed();
      if (noFixedLines && noFixedStated) {
        findings.add(
            Finding.of(
                FindingCode.DIRECTION_WITHOUT_FIXED_AMOUNT,
                "direction:" + direction.number(),
                "Direction "
                    + direction.number()
                    + " has no fixed amount: it is funded within available funding"));
      }
    }
  }

  private static void checkTitles(VersionDocument document, List<Finding> findings) {
    checkTitle("programme", "The programme title", document.passport().titleUk(), findings);
    for (DirectionDocument direction : document.directions()) {
      checkTitle(
          "direction:" + direction.number(),
          "The title of direction " + direction.number(),
          direction.title(),
          findings);
    }
    for (MeasureDocument measure : document.measures()) {
      checkTitle(
          "measure:" + measure.code(),
          "The title of measure " + measure.code(),
          measure.title(),
          findings);
    }
  }

  private static void checkTitle(
      String subject, String what, String title, List<Finding> findings) {
    Set<String> mixed = new LinkedHashSet<>();
    var words = WORD.matcher(title);
    while (words.find()) {
      String word = words.group();
      if (LATIN.matcher(word).find() && CYRILLIC.matcher(word).find()) {
        mixed.add('"' + word + '"');
      }
    }
    if (!mixed.isEmpty()) {
      String named = String.join(", ", mixed.stream().limit(WORDS_NAMED).toList());
      findings.add(
          Finding.of(
              FindingCode.MIXED_ALPHABET_TITLE,
              subject,
              what
                  + " mixes Latin and Cyrillic letters in "
                  + named
                  + (mixed.size() > WORDS_NAMED
                      ? " and " + (mixed.size() - WORDS_NAMED) + " more words"
                      : "")));
    }
  }

  static String describe(Planned planned) {
    return planned.isFixed() ? planned.amount().toPlainString() : "within funding";
  }
}
