package io.dtmonitor.programme.version.content;

import io.dtmonitor.platform.problem.FieldError;
import io.dtmonitor.platform.problem.ProblemException;
import io.dtmonitor.platform.problem.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a whole version document and reports every problem at once: field constraints first, then
 * the rules that span sections (unique codes, references between sections, amounts that fit their
 * kind). Findings about the content's consistency (totals, terms) are not errors: reconciliation
 * reports those.
 */
@ApplicationScoped
public class VersionDocumentValidator {

  static final int MAX_DECIMALS = 3;

  private final Validator validator;

  public VersionDocumentValidator(Validator validator) {
    this.validator = validator;
  }

  /** Throws a 400 problem listing every error, or returns when the document is usable. */
  public void requireValid(VersionDocument document) {
    if (document == null) {
      throw ProblemException.invalid("$", "a version document is required");
    }
    List<FieldError> errors = new ArrayList<>();
    errors.addAll(Violations.toFieldErrors(validator.validate(document)));
    if (errors.isEmpty()) {
      checkStructure(document, errors);
    }
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparing(FieldError::field));
      throw ProblemException.invalid(errors);
    }
  }

  private void checkStructure(VersionDocument document, List<FieldError> errors) {
    PassportDocument passport = document.passport();
    if (passport.lastYear() < passport.firstYear()) {
      errors.add(FieldError.inBody("passport.lastYear", "must not be before firstYear"));
    }
    checkPlanned("statedTotals.total", document.statedTotals().total(), errors);
    Set<Integer> statedYears = new HashSet<>();
    List<StatedYear> years = document.statedTotals().byYear();
    for (int i = 0; i < years.size(); i++) {
      checkPlanned("statedTotals.byYear[" + i + "].planned", years.get(i).planned(), errors);
      if (!statedYears.add(years.get(i).year())) {
        errors.add(FieldError.inBody("statedTotals.byYear[" + i + "].year", "is stated twice"));
      }
    }
    Set<FundingSource> statedSources = new HashSet<>();
    List<StatedSource> sources = document.statedTotals().bySource();
    for (int i = 0; i < sources.size(); i++) {
      checkPlanned("statedTotals.bySource[" + i + "].planned", sources.get(i).planned(), errors);
      if (!statedSources.add(sources.get(i).source())) {
        errors.add(FieldError.inBody("statedTotals.bySource[" + i + "].source", "is stated twice"));
      }
    }
    Set<Integer> directionNumbers = new HashSet<>();
    List<DirectionDocument> directions = document.directions();
    for (int i = 0; i < directions.size(); i++) {
      DirectionDocument direction = directions.get(i);
      if (!directionNumbers.add(direction.number())) {
        errors.add(
            FieldError.inBody("directions[" + i + "].number", "is used by another direction"));
      }
      if (direction.statedSubtotal() != null) {
        checkPlanned("directions[" + i + "].statedSubtotal", direction.statedSubtotal(), errors);
      }
    }
    Set<String> measureCodes = new HashSet<>();
    List<MeasureDocument> measures = document.measures();
    for (int i = 0; i < measures.size(); i++) {
      MeasureDocument measure = measures.get(i);
      String at = "measures[" + i + "]";
      if (!measureCodes.add(measure.code())) {
        errors.add(FieldError.inBody(at + ".code", "is used by another measure"));
      }
      if (!directionNumbers.contains(measure.directionNumber())) {
        errors.add(
            FieldError.inBody(at + ".directionNumber", "names no direction of this version"));
      }
      if (measure.lastYear() < measure.firstYear()) {
        errors.add(FieldError.inBody(at + ".lastYear", "must not be before firstYear"));
      }
    }
    Set<LineKey> lineKeys = new HashSet<>();
    List<BudgetLineDocument> lines = document.lines();
    for (int i = 0; i < lines.size(); i++) {
      BudgetLineDocument line = lines.get(i);
      String at = "lines[" + i + "]";
      if (!measureCodes.contains(line.measureCode())) {
        errors.add(FieldError.inBody(at + ".measureCode", "names no measure of this version"));
      }
      if (!lineKeys.add(line.key())) {
        errors.add(FieldError.inBody(at, "repeats another line's measure, year and source"));
      }
      checkPlanned(at + ".planned", line.planned(), errors);
    }
    checkNames(document, errors);
  }

  private static void checkNames(VersionDocument document, List<FieldError> errors) {
    Map<String, List<String>> named = document.bodiesNamed();
    if (named.size() > VersionDocument.MAX_NAMES) {
      errors.add(
          FieldError.inBody(
              "measures",
              "name "
                  + named.size()
                  + " different bodies; a version names at most "
                  + VersionDocument.MAX_NAMES));
    }
    Set<String> linked = new HashSet<>();
    List<OrganisationLink> links = document.organisationLinks();
    for (int i = 0; i < links.size(); i++) {
      String name = links.get(i).name();
      String at = "organisationLinks[" + i + "].name";
      if (!named.containsKey(name)) {
        errors.add(
            FieldError.inBody(
                at, "is not a name the passport or a measure of this version uses, as written"));
      } else if (!linked.add(name)) {
        errors.add(FieldError.inBody(at, "is linked twice"));
      }
    }
  }

  private static void checkPlanned(String at, Planned planned, List<FieldError> errors) {
    if (planned.kind() == PlannedKind.FIXED) {
      BigDecimal amount = planned.amount();
      if (amount == null) {
        errors.add(FieldError.inBody(at + ".amount", "is required when kind is FIXED"));
      } else if (amount.signum() < 0) {
        errors.add(FieldError.inBody(at + ".amount", "must not be negative"));
      } else if (amount.stripTrailingZeros().scale() > MAX_DECIMALS) {
        errors.add(
            FieldError.inBody(at + ".amount", "has more than " + MAX_DECIMALS + " decimals"));
      } else if (amount.precision() - amount.scale() > 15) {
        errors.add(FieldError.inBody(at + ".amount", "is too large"));
      }
    } else if (planned.amount() != null) {
      errors.add(FieldError.inBody(at + ".amount", "must be absent when kind is WITHIN_FUNDING"));
    }
  }
}
