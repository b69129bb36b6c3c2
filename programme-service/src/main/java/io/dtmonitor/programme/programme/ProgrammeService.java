package io.dtmonitor.programme.programme;

import io.dtmonitor.platform.audit.AuditLog;
import io.dtmonitor.platform.http.EntityTags;
import io.dtmonitor.platform.http.IdempotencyKeys;
import io.dtmonitor.platform.http.IdempotentExecution;
import io.dtmonitor.platform.paging.Page;
import io.dtmonitor.platform.paging.PageRequest;
import io.dtmonitor.platform.problem.FieldError;
import io.dtmonitor.platform.problem.ProblemException;
import io.dtmonitor.platform.security.RegionAccess;
import io.dtmonitor.platform.text.Texts;
import io.dtmonitor.platform.time.ServiceTime;
import io.dtmonitor.programme.events.ProgrammeEvents;
import io.dtmonitor.programme.programme.api.CreateProgrammeRequest;
import io.dtmonitor.programme.programme.api.PassportFields;
import io.dtmonitor.programme.programme.api.ProgrammeResponse;
import io.dtmonitor.programme.programme.api.UpdateProgrammeRequest;
import io.dtmonitor.programme.region.Region;
import io.dtmonitor.programme.region.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Registers and edits programme passports. Every change is authorized against the region of the
 * token and of the stored programme, and commits together with its event in the outbox.
 */
@ApplicationScoped
public class ProgrammeService {

  static final int MAX_TERM_YEARS = 10;

  /** The object type of a programme's audit records. */
  public static final String AUDITED_AS = "programme";

  private final ProgrammeRepository programmes;
  private final RegionRepository regions;
  private final RegionAccess access;
  private final ProgrammeEvents events;
  private final IdempotencyKeys idempotency;
  private final ProgrammeMapper mapper;
  private final AuditLog audit;
  private final Clock clock;

  public ProgrammeService(
      ProgrammeRepository programmes,
      RegionRepository regions,
      RegionAccess access,
      ProgrammeEvents events,
      IdempotencyKeys idempotency,
      ProgrammeMapper mapper,
      AuditLog audit,
      Clock clock) {
    this.programmes = programmes;
    this.regions = regions;
    this.access = access;
    this.events = events;
    this.idempotency = idempotency;
    this.mapper = mapper;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public IdempotentExecution<ProgrammeResponse> register(
      CreateProgrammeRequest request, String idempotencyKey) {
    access.requireCdtoOf(request.regionCode());
    return idempotency.execute(
        access.callerId(),
        idempotencyKey,
        "registerProgramme",
        request,
        ProgrammeResponse.class,
        () -> create(request));
  }

  private ProgrammeResponse create(CreateProgrammeRequest request) {
    Region region =
        regions
            .findByIdOptional(request.regionCode())
            .orElseThrow(() -> ProblemException.invalid("regionCode", "is not a known region"));
    String currency = validatePassport(request, region);
    Instant now = ServiceTime.now(clock);
    Programme programme = new Programme();
    programme.id = UUID.randomUUID();
    programme.regionCode = region.code;
    programme.currency = currency;
    programme.status = ProgrammeStatus.DRAFT;
    programme.createdAt = now;
    programme.createdBy = access.callerId();
    mapper.applyPassport(request, programme);
    programme.updatedAt = now;
    programme.updatedBy = access.callerId();
    programmes.persistAndFlush(programme);
    events.registered(programme);
    ProgrammeResponse created = mapper.toResponse(programme);
    audit.record(AUDITED_AS, programme.id, programme.regionCode, null, created);
    return created;
  }

  @Transactional
  public ProgrammeResponse update(UUID id, UpdateProgrammeRequest request, String ifMatch) {
    Programme programme =
        programmes
            .findByIdOptional(id)
            .orElseThrow(() -> ProblemException.notFound("Programme", id));
    access.requireCdtoOf(programme.regionCode);
    EntityTags.requireMatch(ifMatch, programme.version);
    if (programme.status != ProgrammeStatus.DRAFT) {
      throw ProblemException.conflict(
          "Programme "
              + id
              + " is "
              + programme.status
              + "; its passport changes only through an amendment");
    }
    Region region = regions.findById(programme.regionCode);
    validatePassport(request, region);
    ProgrammeResponse before = mapper.toResponse(programme);
    mapper.applyPassport(request, programme);
    programme.updatedAt = ServiceTime.now(clock);
    programme.updatedBy = access.callerId();
    programmes.flush();
    events.updated(programme);
    ProgrammeResponse after = mapper.toResponse(programme);
    audit.record(AUDITED_AS, programme.id, programme.regionCode, before, after);
    return after;
  }

  public ProgrammeResponse get(UUID id) {
    return mapper.toResponse(findVisible(id));
  }

  public Page<ProgrammeResponse> list(
      Optional<String> region,
      Optional<ProgrammeStatus> status,
      Optional<Integer> year,
      Optional<String> title,
      PageRequest page) {
    Optional<ProgrammeRepository.TitleKey> after = page.after(ProgrammeRepository.TitleKey::decode);
    boolean allDrafts = access.seesAllUnpublished();
    List<String> draftRegions = access.callerRegion().map(List::of).orElse(List.of());
    ProgrammeFilter filter =
        new ProgrammeFilter(
            region,
            status,
            year,
            title.map(Texts::searchable).filter(text -> !text.isEmpty()),
            allDrafts,
            draftRegions);
    return page.toPage(
            programmes.search(filter, after, page.fetchSize()),
            p -> ProgrammeRepository.TitleKey.of(p).encode())
        .map(mapper::toResponse);
  }

  /** A programme the caller may see; a draft of another region is reported as missing. */
  private Programme findVisible(UUID id) {
    Programme programme =
        programmes
            .findByIdOptional(id)
            .orElseThrow(() -> ProblemException.notFound("Programme", id));
    if (programme.status == ProgrammeStatus.DRAFT
        && !access.canReadUnpublished(programme.regionCode)) {
      throw ProblemException.notFound("Programme", id);
    }
    return programme;
  }

  /** Checks what Bean Validation cannot: the term and the currency against the region. */
  private String validatePassport(PassportFields passport, Region region) {
    List<FieldError> errors = new ArrayList<>();
    if (passport.lastYear() < passport.firstYear()) {
      errors.add(FieldError.inBody("lastYear", "must not be before firstYear"));
    } else if (passport.lastYear() - passport.firstYear() + 1 > MAX_TERM_YEARS) {
      errors.add(FieldError.inBody("lastYear", "a term is at most " + MAX_TERM_YEARS + " years"));
    }
    if (passport.currency() != null && !passport.currency().equals(region.currency)) {
      errors.add(
          FieldError.inBody(
              "currency", "programmes of " + region.code + " are kept in " + region.currency));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    return region.currency;
  }
}
