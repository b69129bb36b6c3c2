package io.dtmonitor.programme.version;

import static io.dtmonitor.platform.text.Texts.blankToNull;

import io.dtmonitor.platform.audit.AuditLog;
import io.dtmonitor.platform.http.EntityTags;
import io.dtmonitor.platform.paging.Page;
import io.dtmonitor.platform.paging.PageRequest;
import io.dtmonitor.platform.problem.FieldError;
import io.dtmonitor.platform.problem.ProblemException;
import io.dtmonitor.platform.problem.ProblemType;
import io.dtmonitor.platform.security.RegionAccess;
import io.dtmonitor.platform.time.ServiceTime;
import io.dtmonitor.programme.events.ProgrammeEvents;
import io.dtmonitor.programme.programme.Programme;
import io.dtmonitor.programme.programme.ProgrammeRepository;
import io.dtmonitor.programme.programme.ProgrammeStatus;
import io.dtmonitor.programme.version.api.AdoptionRequest;
import io.dtmonitor.programme.version.api.Decision;
import io.dtmonitor.programme.version.api.VersionResponse;
import io.dtmonitor.programme.version.api.VersionSummary;
import io.dtmonitor.programme.version.content.VersionDocument;
import io.dtmonitor.programme.version.content.VersionDocumentValidator;
import io.dtmonitor.programme.version.diff.VersionDiff;
import io.dtmonitor.programme.version.reconciliation.ComputedTotals;
import io.dtmonitor.programme.version.reconciliation.Finding;
import io.dtmonitor.programme.version.reconciliation.Reconciler;
import io.dtmonitor.programme.version.reconciliation.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Versions of a programme: whole-version import into the one open draft, amendments started from
 * the version in force, adoption by a decision (superseding the previous version, refused while
 * ERROR findings stand unless acknowledged), and reads, diffs and the version in force at a date.
 * Reconciliation findings are recomputed on every change.
 */
@ApplicationScoped
public class VersionService {

  /** The object type of a programme version's audit records. */
  public static final String AUDITED_AS = "programme-version";

  private final ProgrammeRepository programmes;
  private final ProgrammeVersionRepository versions;
  private final VersionDocumentValidator validator;
  private final VersionMapper mapper;
  private final RegionAccess access;
  private final ProgrammeEvents events;
  private final AuditLog audit;
  private final VersionOrganisations bodies;
  private final Clock clock;

  public VersionService(
      ProgrammeRepository programmes,
      ProgrammeVersionRepository versions,
      VersionDocumentValidator validator,
      VersionMapper mapper,
      RegionAccess access,
      ProgrammeEvents events,
      AuditLog audit,
      VersionOrganisations bodies,
      Clock clock) {
    this.audit = audit;
    this.bodies = bodies;
    this.clock = clock;
    this.programmes = programmes;
    this.versions = versions;
    this.validator = validator;
    this.mapper = mapper;
    this.access = access;
    this.events = events;
  }

  /** The result of an import: the draft and whether it was created (rather than replaced). */
  public record ImportResult(VersionResponse version, boolean created) {}

  /**
   * Creates the programme's draft from the document, or replaces the open draft's whole content
   * ({@code If-Match} required then). All or nothing: every problem is reported at once.
   */
  @Transactional
  public ImportResult importDraft(UUID programmeId, VersionDocument document, String ifMatch) {
    Programme programme = writableProgramme(programmeId);
    validator.requireValid(document);
    Optional<ProgrammeVersion> existing = versions.draft(programmeId);
    ProgrammeVersion draft;
    VersionResponse before = null;
    if (existing.isPresent()) {
      draft = existing.get();
      EntityTags.requireMatch(ifMatch, draft.version);
      before = toResponse(draft, mapper.toDocument(draft));
    } else {
      draft = newDraft(programme, versions.adopted(programmeId).map(v -> v.number).orElse(null));
    }
    mapper.apply(document, draft);
    bodies.link(draft, document, programme.regionCode, ServiceTime.today(clock));
    touch(draft);
    mapper.replaceFindings(reconcile(draft, document), draft);
    if (existing.isEmpty()) {
      versions.persist(draft);
    }
    versions.flush();
    VersionResponse imported = toResponse(draft, document);
    audited(programme, before, imported);
    return new ImportResult(imported, existing.isEmpty());
  }

  /** Starts an amendment: a new draft holding a copy of the adopted version's content. */
  @Transactional
  public VersionResponse startAmendment(UUID programmeId) {
    Programme programme = writableProgramme(programmeId);
    if (versions.draft(programmeId).isPresent()) {
      throw ProblemException.conflict("Programme " + programmeId + " already has a draft version");
    }
    ProgrammeVersion adopted =
        versions
            .adopted(programmeId)
            .orElseThrow(
                () ->
                    ProblemException.conflict(
                        "Programme "
                            + programmeId
                            + " has no adopted version to amend; import a draft instead"));
    VersionDocument content = mapper.toDocument(adopted);
    ProgrammeVersion draft = newDraft(programme, adopted.number);
    mapper.apply(content, draft);
    bodies.link(draft, content, programme.regionCode, ServiceTime.today(clock));
    mapper.replaceFindings(reconcile(draft, content), draft);
    versions.persist(draft);
    versions.flush();
    VersionResponse started = toResponse(draft, content);
    audited(programme, null, started);
    return started;
  }

  /**
   * Discards the open draft ({@code If-Match} required): its content and findings go with it, the
   * version in force stays, and the next draft takes its number. Drafts are never published, so
   * nothing downstream knew of it.
   */
  @Transactional
  public void discardDraft(UUID programmeId, String ifMatch) {
    Programme programme = writableProgramme(programmeId);
    ProgrammeVersion draft =
        versions
            .draft(programmeId)
            .orElseThrow(() -> ProblemException.notFound("Draft of programme", programmeId));
    EntityTags.requireMatch(ifMatch, draft.version);
    VersionResponse discarded = toResponse(draft, mapper.toDocument(draft));
    versions.delete(draft);
    audited(programme, discarded, null);
  }

  /**
   * Adopts the draft numbered {@code number}: records the decision, supersedes the version in force
   * and publishes {@code ProgrammeVersionAdopted} with the full snapshot and the diff.
   */
  @Transactional
  public VersionResponse adopt(
      UUID programmeId, int number, AdoptionRequest request, String ifMatch) {
    Programme programme = writableProgramme(programmeId);
    ProgrammeVersion draft = find(programmeId, number);
    EntityTags.requireMatch(ifMatch, draft.version);
    if (!draft.isDraft()) {
      throw ProblemException.conflict(
          "Version " + number + " is " + draft.status + " and cannot change");
    }
    VersionResponse draftBefore = toResponse(draft, mapper.toDocument(draft));
    Decision decision = request.decision();
    LocalDate effectiveFrom =
        Optional.ofNullable(request.effectiveFrom())
            .or(() -> Optional.ofNullable(decision.date()))
            .orElse(ServiceTime.today(clock));
    Optional<ProgrammeVersion> previous = versions.adopted(programmeId);
    if (previous.isPresent() && effectiveFrom.isBefore(previous.get().effectiveFrom)) {
      throw ProblemException.invalid(
          "effectiveFrom",
          "must not be before "
              + previous.get().effectiveFrom
              + ", when version "
              + previous.get().number
              + " took effect");
    }
    draft.decisionBody = decision.body().strip();
    draft.decisionNumber = blankToNull(decision.number());
    draft.decisionDate = decision.date();
    draft.decisionTitle = blankToNull(decision.title());
    VersionDocument content = mapper.toDocument(draft);
    bodies.link(draft, content, programme.regionCode, effectiveFrom);
    List<Finding> findings = reconcile(draft, content, true);
    List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    if (!errors.isEmpty() && !request.acknowledgeFindings()) {
      throw new ProblemException(
          ProblemType.UNPROCESSABLE,
          "Version "
              + number
              + " has "
              + errors.size()
              + " ERROR findings; fix them or adopt with acknowledgeFindings and a note",
          errors.stream()
              .map(f -> new FieldError(f.subject(), f.code() + ": " + f.message()))
              .toList());
    }
    if (request.acknowledgeFindings()
        && (request.acknowledgementNote() == null || request.acknowledgementNote().isBlank())) {
      throw ProblemException.invalid(
          "acknowledgementNote", "is required when acknowledgeFindings is true");
    }
    Instant now = ServiceTime.now(clock);
    previous.ifPresent(
        old -> {
          VersionResponse inForce = toResponse(old, mapper.toDocument(old));
          old.status = VersionStatus.SUPERSEDED;
          old.supersededAt = now;
          audited(programme, inForce, toResponse(old, inForce.document()));
        });
    versions.flush();
    draft.status = VersionStatus.ADOPTED;
    draft.effectiveFrom = effectiveFrom;
    draft.adoptedAt = now;
    draft.adoptedBy = access.callerId();
    draft.findingsAcknowledgement = errors.isEmpty() ? null : request.acknowledgementNote().strip();
    touch(draft);
    mapper.replaceFindings(findings, draft);
    adoptPassport(programme, draft);
    versions.flush();
    programmes.flush();
    VersionDiff diff =
        previous
            .map(old -> VersionDiff.between(old.number, mapper.toDocument(old), number, content))
            .orElse(null);
    VersionResponse adopted = toResponse(draft, content);
    audited(programme, draftBefore, adopted);
    events.versionAdopted(programme, adopted, previous.map(old -> old.number).orElse(null), diff);
    events.updated(programme);
    return adopted;
  }

  public VersionResponse get(UUID programmeId, int number) {
    ProgrammeVersion version = visible(programmeId, number);
    return toResponse(version, mapper.toDocument(version));
  }

  public VersionResponse draft(UUID programmeId) {
    Programme programme = programme(programmeId);
    ProgrammeVersion draft =
        versions
            .draft(programmeId)
            .filter(v -> access.canReadUnpublished(programme.regionCode))
            .orElseThrow(() -> ProblemException.notFound("Draft of programme", programmeId));
    return toResponse(draft, mapper.toDocument(draft));
  }

  /** One page of a programme's versions by number; the draft only where the caller may see it. */
  public Page<VersionSummary> list(UUID programmeId, PageRequest page) {
    Programme programme = programme(programmeId);
    boolean drafts = access.canReadUnpublished(programme.regionCode);
    int after = page.after(Integer::parseInt).orElse(0);
    return page.toPage(
            versions.ofProgramme(programmeId, drafts, after, page.fetchSize()),
            version -> Integer.toString(version.number))
        .map(this::summary);
  }

  public List<Finding> findings(UUID programmeId, int number) {
    return mapper.findings(visible(programmeId, number));
  }

  public VersionDocument export(UUID programmeId, int number) {
    return mapper.toDocument(visible(programmeId, number));
  }

  public VersionDiff diff(UUID programmeId, int from, int to) {
    ProgrammeVersion a = visible(programmeId, from);
    ProgrammeVersion b = visible(programmeId, to);
    return VersionDiff.between(from, mapper.toDocument(a), to, mapper.toDocument(b));
  }

  public VersionResponse inForce(UUID programmeId, LocalDate date) {
    programme(programmeId);
    LocalDate on = date == null ? ServiceTime.today(clock) : date;
    ProgrammeVersion version =
        versions
            .inForce(programmeId, on)
            .orElseThrow(
                () ->
                    new ProblemException(
                        ProblemType.NOT_FOUND,
                        "No version of programme " + programmeId + " is in force on " + on));
    return toResponse(version, mapper.toDocument(version));
  }

  private VersionSummary summary(ProgrammeVersion version) {
    List<Finding> findings = mapper.findings(version);
    VersionDocument content = mapper.toDocument(version);
    return new VersionSummary(
        version.number,
        version.status,
        version.basedOnNumber,
        decision(version),
        version.effectiveFrom,
        content.statedTotals().total(),
        ComputedTotals.of(content).total(),
        findings.stream().filter(f -> f.severity() == Severity.ERROR).count(),
        findings.stream().filter(f -> f.severity() == Severity.WARNING).count());
  }

  /** Records a version's change; a version's id in the audit log is "programme id/number". */
  private void audited(Programme programme, VersionResponse before, VersionResponse after) {
    VersionResponse either = after != null ? after : before;
    audit.record(
        AUDITED_AS,
        either.programmeId() + "/" + either.number(),
        programme.regionCode,
        before,
        after);
  }

  private VersionResponse toResponse(ProgrammeVersion version, VersionDocument content) {
    return new VersionResponse(
        version.programmeId,
        version.number,
        version.status,
        version.basedOnNumber,
        decision(version),
        version.effectiveFrom,
        version.adoptedAt,
        version.findingsAcknowledgement,
        content,
        ComputedTotals.of(content),
        bodies.view(
            version,
            content,
            version.effectiveFrom != null ? version.effectiveFrom : ServiceTime.today(clock)),
        mapper.findings(version),
        version.version);
  }

  private static Decision decision(ProgrammeVersion version) {
    return version.decisionBody == null
        ? null
        : new Decision(
            version.decisionBody,
            version.decisionNumber,
            version.decisionDate,
            version.decisionTitle);
  }

  private List<Finding> reconcile(ProgrammeVersion version, VersionDocument content) {
    return reconcile(version, content, !version.isDraft());
  }

  /** The reconciliation's findings and those of the names not linked to one organisation. */
  private List<Finding> reconcile(
      ProgrammeVersion version, VersionDocument content, boolean adopted) {
    List<Finding> findings =
        new ArrayList<>(
            Reconciler.reconcile(
                content, adopted, version.decisionNumber, version.decisionDate != null));
    findings.addAll(bodies.findings(version, content));
    return findings;
  }

  private ProgrammeVersion newDraft(Programme programme, Integer basedOn) {
    ProgrammeVersion draft = new ProgrammeVersion();
    draft.id = UUID.randomUUID();
    draft.programmeId = programme.id;
    draft.number = versions.nextNumber(programme.id);
    draft.status = VersionStatus.DRAFT;
    draft.basedOnNumber = basedOn;
    draft.createdAt = ServiceTime.now(clock);
    draft.createdBy = access.callerId();
    touch(draft);
    return draft;
  }

  /** Once adopted, the programme's passport is the version's. */
  private static void adoptPassport(Programme programme, ProgrammeVersion version) {
    programme.passport = version.passport.copy();
    programme.status = ProgrammeStatus.ADOPTED;
    programme.updatedAt = version.updatedAt;
    programme.updatedBy = version.updatedBy;
  }

  /** The programme, if the caller may change it: a foreign region is a 403 even for a draft. */
  private Programme writableProgramme(UUID programmeId) {
    Programme programme =
        programmes
            .findByIdOptional(programmeId)
            .orElseThrow(() -> ProblemException.notFound("Programme", programmeId));
    access.requireCdtoOf(programme.regionCode);
    return programme;
  }

  private Programme programme(UUID programmeId) {
    Programme programme =
        programmes
            .findByIdOptional(programmeId)
            .orElseThrow(() -> ProblemException.notFound("Programme", programmeId));
    if (programme.status == ProgrammeStatus.DRAFT
        && !access.canReadUnpublished(programme.regionCode)
        && !access.isCdtoOf(programme.regionCode)) {
      throw ProblemException.notFound("Programme", programmeId);
    }
    return programme;
  }

  private ProgrammeVersion find(UUID programmeId, int number) {
    return versions
        .byNumber(programmeId, number)
        .orElseThrow(
            () -> ProblemException.notFound("Version " + number + " of programme", programmeId));
  }

  private ProgrammeVersion visible(UUID programmeId, int number) {
    Programme programme = programme(programmeId);
    ProgrammeVersion version = find(programmeId, number);
    if (version.isDraft() && !access.canReadUnpublished(programme.regionCode)) {
      throw ProblemException.notFound("Version " + number + " of programme", programmeId);
    }
    return version;
  }

  private void touch(ProgrammeVersion version) {
    version.updatedAt = ServiceTime.now(clock);
    version.updatedBy = access.callerId();
  }
}
