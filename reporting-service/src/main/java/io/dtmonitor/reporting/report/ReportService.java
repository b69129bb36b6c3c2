package io.dtmonitor.reporting.report;

import static io.dtmonitor.platform.text.Texts.blankToNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.dtmonitor.platform.audit.AuditLog;
import io.dtmonitor.platform.http.EntityTags;
import io.dtmonitor.platform.http.IdempotencyKeys;
import io.dtmonitor.platform.http.IdempotentExecution;
import io.dtmonitor.platform.paging.Page;
import io.dtmonitor.platform.paging.PageRequest;
import io.dtmonitor.platform.problem.FieldError;
import io.dtmonitor.platform.problem.ProblemException;
import io.dtmonitor.platform.problem.ProblemType;
import io.dtmonitor.platform.security.RegionAccess;
import io.dtmonitor.platform.security.UnpublishedScope;
import io.dtmonitor.platform.time.ServiceTime;
import io.dtmonitor.reporting.events.ReportEvents;
import io.dtmonitor.reporting.replica.ProgrammeReplica;
import io.dtmonitor.reporting.replica.ProgrammeReplica.ReplicaProgramme;
import io.dtmonitor.reporting.report.api.LineComment;
import io.dtmonitor.reporting.report.api.LineUpdate;
import io.dtmonitor.reporting.report.api.ReportResponse;
import io.dtmonitor.reporting.report.api.ReviewDecision;
import io.dtmonitor.reporting.report.api.ReviewRequest;
import io.dtmonitor.reporting.report.api.UpdateLinesRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report workflow: a CDTO drafts the report of a period (lines prefilled from the programme
 * version in force at the period's end), fills in year-to-date money and submits it; a reviewer
 * accepts or returns it (a returned report is a draft again) and may reopen an accepted one. Every
 * transition is recorded and published; cumulative rules are enforced at submission.
 */
@ApplicationScoped
public class ReportService {

  /** The actor of transitions no person made. */
  static final String SYSTEM = "system";

  /** The object type of a report's audit records. */
  public static final String AUDITED_AS = "report";

  private final ReportRepository reports;
  private final ReportTransitionRepository transitions;
  private final SubmissionStore submissions;
  private final ProgrammeReplica replica;
  private final ReportOpener opener;
  private final RegionAccess access;
  private final ReportEvents events;
  private final Clock clock;
  private final ReportMapper mapper;
  private final IdempotencyKeys idempotency;
  private final LineDocuments lineDocuments;
  private final AuditLog audit;

  public ReportService(
      ReportRepository reports,
      ReportTransitionRepository transitions,
      SubmissionStore submissions,
      ProgrammeReplica replica,
      ReportOpener opener,
      RegionAccess access,
      ReportEvents events,
      Clock clock,
      ReportMapper mapper,
      IdempotencyKeys idempotency,
      LineDocuments lineDocuments,
      AuditLog audit) {
    this.audit = audit;
    this.reports = reports;
    this.transitions = transitions;
    this.submissions = submissions;
    this.replica = replica;
    this.opener = opener;
    this.access = access;
    this.events = events;
    this.clock = clock;
    this.mapper = mapper;
    this.idempotency = idempotency;
    this.lineDocuments = lineDocuments;
  }

  /**
   * The response of a report, built in the caller's transaction while its lines are loaded. Its
   * quarterly amounts are derived only against a previous report the caller may read: for anyone
   * else an accepted one, so the difference never reveals a quarter still under review.
   */
  public ReportResponse response(Report report) {
    return mapper.toResponse(
        report,
        previousQuarter(report)
            .filter(
                previous -> previous.isPublic() || access.canReadUnpublished(previous.regionCode)));
  }

  /**
   * Starts the report of a period. With an Idempotency-Key, repeating the request returns the
   * report it created instead of a conflict.
   */
  @Transactional
  public IdempotentExecution<ReportResponse> create(
      UUID programmeId, String periodText, String idempotencyKey) {
    ReplicaProgramme programme = knownProgramme(programmeId);
    access.requireCdtoOf(programme.regionCode());
    return idempotency.execute(
        access.callerId(),
        idempotencyKey,
        "createReport:" + programmeId,
        periodText,
        ReportResponse.class,
        () -> create(programme, periodText));
  }

  /**
   * Creates the report of a period, or starts the one the overdue check opened because nobody had
   * started it by its due date (the region finds it prefilled and overdue, and fills it in).
   */
  private ReportResponse create(ReplicaProgramme programme, String periodText) {
    Period period = Period.parse(periodText, "period");
    lockPeriod(programme.id(), period);
    Instant now = ServiceTime.now(clock);
    Optional<Report> existing = reports.of(programme.id(), period.toString());
    if (existing.isPresent()) {
      Report opened = existing.get();
      if (opened.startedAt != null) {
        throw ProblemException.conflict(
            "The report of " + period + " exists already: " + opened.id,
            URI.create("/api/v1/reports/" + opened.id));
      }
      ReportResponse before = response(opened);
      start(opened, now);
      reports.flush();
      return audited(opened, before);
    }
    Report report = opener.open(programme, period, access.callerId(), now);
    report.startedAt = now;
    reports.persist(report);
    record(report, Transition.CREATED, null, ReportStatus.DRAFT, null, now, access.callerId());
    reports.flush();
    return audited(report, null);
  }

  /**
   * Opens the report of a period nobody started by its due date and marks it overdue, unless a
   * report of the period exists by the time the lock is held; returns whether it opened one.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean openOverdue(ReplicaProgramme programme, Period period, Instant now) {
    lockPeriod(programme.id(), period);
    if (reports.of(programme.id(), period.toString()).isPresent()) {
      return false;
    }
    Report report = opener.open(programme, period, SYSTEM, now);
    reports.persist(report);
    record(report, Transition.CREATED, null, ReportStatus.DRAFT, null, now, SYSTEM);
    markOverdue(report, now);
    reports.flush();
    return true;
  }

  /** The region starts a report the overdue check opened: from now on it is the region's draft. */
  private void start(Report report, Instant now) {
    report.startedAt = now;
    touch(report, now, access.callerId());
  }

  /** Serializes the opening of one programme's period between the region and the overdue check. */
  private void lockPeriod(UUID programmeId, Period period) {
    reports.lockPeriod(programmeId, period.toString());
  }

  /**
   * Updates lines of a draft; editing a returned report makes it a draft again. An update that
   * changes nothing changes nothing: the version (the ETag) stays.
   */
  @Transactional
  public ReportResponse updateLines(UUID id, UpdateLinesRequest request, String ifMatch) {
    Report report = find(id);
    access.requireCdtoOf(report.regionCode);
    EntityTags.requireMatch(ifMatch, report.version);
    ReportResponse before = response(report);
    if (!report.awaitsSubmission()) {
      throw ProblemException.conflict(
          "Report " + id + " is " + report.status + "; only drafts and returned reports change");
    }
    Map<String, ReportLine> lines = byCode(report.lines);
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < request.lines().size(); i++) {
      if (!lines.containsKey(request.lines().get(i).measureCode())) {
        errors.add(
            FieldError.inBody("lines[" + i + "].measureCode", "is not a measure of this report"));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    boolean changed = false;
    for (LineUpdate update : request.lines()) {
      changed |= LineChanges.apply(lines.get(update.measureCode()), update);
    }
    if (!changed && report.status == ReportStatus.DRAFT && report.startedAt != null) {
      return response(report);
    }
    report.lines = new ArrayList<>(report.lines);
    Instant now = ServiceTime.now(clock);
    if (report.startedAt == null) {
      start(report, now);
    }
    if (report.status == ReportStatus.RETURNED) {
      report.status = ReportStatus.DRAFT;
      record(
          report,
          Transition.REVISED,
          ReportStatus.RETURNED,
          ReportStatus.DRAFT,
          null,
          now,
          access.callerId());
    }
    touch(report, now, access.callerId());
    reports.flush();
    return audited(report, before);
  }

  /**
   * Replaces whole lines of a draft from a {@code PUT} body ({@link LineDocuments#whole}: every
   * field of each line sent), once the caller may and the ETag matches; otherwise as {@link
   * #updateLines}.
   */
  @Transactional
  public ReportResponse replaceLines(UUID id, JsonNode body, String ifMatch) {
    Report report = find(id);
    access.requireCdtoOf(report.regionCode);
    EntityTags.requireMatch(ifMatch, report.version);
    return updateLines(id, lineDocuments.whole(body), ifMatch);
  }

  /**
   * Changes some fields of some lines of a draft, as a JSON Merge Patch keyed by measure code
   * ({@link LineDocuments#patched}); otherwise as {@link #updateLines}, in the same transaction, so
   * the lines the patch is merged into are the ones the ETag names.
   */
  @Transactional
  public ReportResponse patchLines(UUID id, JsonNode patch, String ifMatch) {
    Report report = find(id);
    access.requireCdtoOf(report.regionCode);
    EntityTags.requireMatch(ifMatch, report.version);
    return updateLines(
        id, new UpdateLinesRequest(lineDocuments.patched(byCode(report.lines), patch)), ifMatch);
  }

  /**
   * Submits a draft after the cumulative rules: every line has its year-to-date money, no figure
   * falls below the previous quarter's without a correction note, and the fourth quarter and the
   * annual report agree. Money above the year's plan is a warning finding.
   */
  @Transactional
  public ReportResponse submit(UUID id, String ifMatch) {
    Report report = find(id);
    access.requireCdtoOf(report.regionCode);
    EntityTags.requireMatch(ifMatch, report.version);
    ReportResponse before = response(report);
    if (report.status != ReportStatus.DRAFT) {
      throw ProblemException.conflict(
          "Report " + id + " is " + report.status + "; only a draft can be submitted");
    }
    Period period = report.periodValue();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < report.lines.size(); i++) {
      ReportLine line = report.lines.get(i);
      if (line.fundedYtd == null) {
        errors.add(
            new FieldError(
                "lines[" + i + "].fundedYtd",
                "measure " + line.measureCode + " has no funded amount"));
      }
      if (line.spentYtd == null) {
        errors.add(
            new FieldError(
                "lines[" + i + "].spentYtd",
                "measure " + line.measureCode + " has no spent amount"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION, "The report is incomplete", errors);
    }
    period
        .previousQuarterOfYear()
        .flatMap(previous -> reported(report.programmeId, previous))
        .ifPresent(previous -> checkNotFalling(report, previous, errors));
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.UNPROCESSABLE,
          "Year-to-date money is cumulative from 1 January: a figure below the previous quarter's needs a correction note",
          errors);
    }
    Optional<Period> counterpart =
        period.type() == PeriodType.YEAR
            ? Optional.of(Period.quarter(period.year(), 4))
            : period.isFourthQuarter() ? Optional.of(Period.year(period.year())) : Optional.empty();
    counterpart
        .flatMap(other -> reported(report.programmeId, other))
        .ifPresent(other -> checkSameAs(report, other, errors));
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.UNPROCESSABLE,
          "The fourth quarter's year-to-date figures must equal the annual report's",
          errors);
    }
    Instant now = ServiceTime.now(clock);
    report.findings = new ArrayList<>(aboveplan(report));
    report.status = ReportStatus.SUBMITTED;
    report.submittedAt = now;
    report.submissions++;
    if (report.submissions == 1) {
      report.daysLate = daysLate(report, now);
    }
    touch(report, now, access.callerId());
    submissions.record(report);
    record(
        report,
        Transition.SUBMITTED,
        ReportStatus.DRAFT,
        ReportStatus.SUBMITTED,
        null,
        now,
        access.callerId());
    reports.flush();
    events.transitioned(report, Transition.SUBMITTED, access.callerId(), now, null);
    return audited(report, before);
  }

  @Transactional
  public ReportResponse review(UUID id, ReviewRequest request, String ifMatch) {
    Report report = find(id);
    access.requireReviewerOf(report.regionCode);
    EntityTags.requireMatch(ifMatch, report.version);
    ReportResponse before = response(report);
    if (report.status != ReportStatus.SUBMITTED) {
      throw ProblemException.conflict(
          "Report " + id + " is " + report.status + "; only a submitted report is reviewed");
    }
    Instant now = ServiceTime.now(clock);
    Map<String, ReportLine> lines = byCode(report.lines);
    List<LineComment> comments =
        request.lineComments() == null ? List.of() : request.lineComments();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < comments.size(); i++) {
      if (!lines.containsKey(comments.get(i).measureCode())) {
        errors.add(
            FieldError.inBody(
                "lineComments[" + i + "].measureCode", "is not a measure of this report"));
      }
    }
    if (request.decision() == ReviewDecision.RETURN
        && (request.reason() == null || request.reason().isBlank())) {
      errors.add(FieldError.inBody("reason", "is required to return a report"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    report.lines.forEach(line -> line.reviewComment = null);
    comments.forEach(
        comment -> lines.get(comment.measureCode()).reviewComment = comment.comment().strip());
    report.lines = new ArrayList<>(report.lines);
    Transition transition =
        request.decision() == ReviewDecision.ACCEPT ? Transition.ACCEPTED : Transition.RETURNED;
    report.status =
        request.decision() == ReviewDecision.ACCEPT ? ReportStatus.ACCEPTED : ReportStatus.RETURNED;
    String reason = blankToNull(request.reason());
    report.returnReason = transition == Transition.RETURNED ? reason : null;
    touch(report, now, access.callerId());
    record(
        report, transition, ReportStatus.SUBMITTED, report.status, reason, now, access.callerId());
    reports.flush();
    events.transitioned(report, transition, access.callerId(), now, reason);
    return audited(report, before);
  }

  @Transactional
  public ReportResponse reopen(UUID id, String reason, String ifMatch) {
    Report report = find(id);
    access.requireReviewerOf(report.regionCode);
    EntityTags.requireMatch(ifMatch, report.version);
    ReportResponse before = response(report);
    if (report.status != ReportStatus.ACCEPTED) {
      throw ProblemException.conflict(
          "Report " + id + " is " + report.status + "; only an accepted report is reopened");
    }
    Instant now = ServiceTime.now(clock);
    report.status = ReportStatus.DRAFT;
    touch(report, now, access.callerId());
    record(
        report,
        Transition.REOPENED,
        ReportStatus.ACCEPTED,
        ReportStatus.DRAFT,
        reason.strip(),
        now,
        access.callerId());
    reports.flush();
    events.transitioned(report, Transition.REOPENED, access.callerId(), now, reason.strip());
    return audited(report, before);
  }

  /**
   * Marks a report past its due date as overdue, once, and publishes ReportOverdue. The mark is the
   * deadline check's, not an edit: it leaves the report's version (its ETag) and its last editor
   * alone, so the region's next write is not refused for a change it did not make.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void markOverdue(Report report, Instant now) {
    report.overdueAt = now;
    record(
        report,
        Transition.OVERDUE,
        report.status,
        report.status,
        "not submitted by " + report.dueDate,
        now,
        SYSTEM);
    events.transitioned(
        report, Transition.OVERDUE, SYSTEM, now, "not submitted by " + report.dueDate);
  }

  public Report get(UUID id) {
    Report report = find(id);
    if (!report.isPublic() && !access.canReadUnpublished(report.regionCode)) {
      throw ProblemException.notFound("Report", id);
    }
    return report;
  }

  /** The previous quarter's submitted or accepted report of the same year, for derived amounts. */
  public Optional<Report> previousQuarter(Report report) {
    return report
        .periodValue()
        .previousQuarterOfYear()
        .flatMap(previous -> reported(report.programmeId, previous));
  }

  public Page<Report> list(
      Optional<UUID> programmeId,
      Optional<String> region,
      Optional<String> period,
      Optional<ReportStatus> status,
      PageRequest page) {
    period.ifPresent(p -> Period.parse(p, "period"));
    page.after(UUID::fromString);
    // The reach of the caller's roles, not its region claim alone: a token with a region but no
    // CDTO or reviewer role sees only what is public.
    UnpublishedScope scope = access.unpublishedScope();
    List<String> regions = scope.region().map(List::of).orElse(List.of());
    return page.toPage(
        reports.search(
            new ReportRepository.Filter(
                programmeId, region, period, status, scope.everyRegion(), regions),
            page),
        r -> r.id.toString());
  }

  /** One page of a report's transitions, oldest first. */
  public Page<ReportTransitionRecord> history(UUID id, PageRequest page) {
    long after = page.after(Long::parseLong).orElse(0L);
    return page.toPage(
        transitions.of(get(id).id, after, page.fetchSize()), record -> Long.toString(record.id));
  }

  public List<LineSnapshot> submission(UUID id, int number) {
    return submissions.lines(get(id).id, number);
  }

  private Optional<Report> reported(UUID programmeId, Period period) {
    return reports
        .of(programmeId, period.toString())
        .filter(r -> r.status == ReportStatus.SUBMITTED || r.status == ReportStatus.ACCEPTED);
  }

  private static void checkNotFalling(Report report, Report previous, List<FieldError> errors) {
    Map<String, ReportLine> before = byCode(previous.lines);
    for (int i = 0; i < report.lines.size(); i++) {
      ReportLine line = report.lines.get(i);
      ReportLine old = before.get(line.measureCode);
      if (old == null || line.correctionNote != null) {
        continue;
      }
      if (falls(line.fundedYtd, old.fundedYtd)) {
        errors.add(
            new FieldError(
                "lines[" + i + "].fundedYtd",
                "measure "
                    + line.measureCode
                    + ": "
                    + line.fundedYtd.toPlainString()
                    + " is below "
                    + previous.period
                    + "'s "
                    + old.fundedYtd.toPlainString()));
      }
      if (falls(line.spentYtd, old.spentYtd)) {
        errors.add(
            new FieldError(
                "lines[" + i + "].spentYtd",
                "measure "
                    + line.measureCode
                    + ": "
                    + line.spentYtd.toPlainString()
                    + " is below "
                    + previous.period
                    + "'s "
                    + old.spentYtd.toPlainString()));
      }
    }
  }

  private static void checkSameAs(Report report, Report other, List<FieldError> errors) {
    Map<String, ReportLine> theirs = byCode(other.lines);
    for (int i = 0; i < report.lines.size(); i++) {
      ReportLine line = report.lines.get(i);
      ReportLine counterpart = theirs.get(line.measureCode);
      if (counterpart == null) {
        continue;
      }
      if (differs(line.fundedYtd, counterpart.fundedYtd)
          || differs(line.spentYtd, counterpart.spentYtd)) {
        errors.add(
            new FieldError(
                "lines[" + i + "]",
                "measure "
                    + line.measureCode
                    + " differs from the "
                    + other.period
                    + " report (funded "
                    + counterpart.fundedYtd.toPlainString()
                    + ", spent "
                    + counterpart.spentYtd.toPlainString()
                    + ")"));
      }
    }
  }

  private static List<ReportFinding> aboveplan(Report report) {
    List<ReportFinding> findings = new ArrayList<>();
    for (ReportLine line : report.lines) {
      boolean capped = line.plannedHasFixed && !line.plannedWithinFunding;
      BigDecimal most = line.fundedYtd.max(line.spentYtd);
      if (capped && most.compareTo(line.plannedFixed) > 0) {
        ReportFinding finding = new ReportFinding();
        finding.code = "ABOVE_PLAN";
        finding.severity = "WARNING";
        finding.measureCode = line.measureCode;
        finding.message =
            "Measure "
                + line.measureCode
                + " reports "
                + most.toPlainString()
                + ", above the year's plan of "
                + line.plannedFixed.toPlainString();
        findings.add(finding);
      }
    }
    return findings;
  }

  /** Days after the due date, in the schedule's zone; 0 when on time. */
  static int daysLate(Report report, Instant submittedAt) {
    LocalDate submittedOn = submittedAt.atZone(ZoneId.of(report.dueZone)).toLocalDate();
    return (int) Math.max(0, ChronoUnit.DAYS.between(report.dueDate, submittedOn));
  }

  private static boolean falls(BigDecimal now, BigDecimal before) {
    return now != null && before != null && now.compareTo(before) < 0;
  }

  private static boolean differs(BigDecimal a, BigDecimal b) {
    return a == null || b == null ? a != b : a.compareTo(b) != 0;
  }

  private ReplicaProgramme knownProgramme(UUID programmeId) {
    return replica
        .programme(programmeId)
        .orElseThrow(
            () ->
                new ProblemException(
                    ProblemType.NOT_FOUND,
                    "Programme " + programmeId + " has no adopted version known to reporting"));
  }

  /** The report's answer after a write, with the write's audit record. */
  private ReportResponse audited(Report report, ReportResponse before) {
    ReportResponse after = response(report);
    audit.record(AUDITED_AS, report.id, report.regionCode, before, after);
    return after;
  }

  private Report find(UUID id) {
    return reports.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Report", id));
  }

  private void record(
      Report report,
      Transition transition,
      ReportStatus from,
      ReportStatus to,
      String reason,
      Instant at,
      String actor) {
    transitions.record(
        report,
        transition,
        from,
        to,
        actor,
        at,
        reason,
        transition == Transition.SUBMITTED ? daysLate(report, at) : null);
  }

  private static void touch(Report report, Instant now, String actor) {
    report.updatedAt = now;
    report.updatedBy = actor;
  }

  private static Map<String, ReportLine> byCode(List<ReportLine> lines) {
    return lines.stream()
        .collect(Collectors.toMap(line -> line.measureCode, Function.identity(), (a, b) -> a));
  }
}
