package io.dtmonitor.programme.organisation;

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
import io.dtmonitor.programme.events.OrganisationEvents;
import io.dtmonitor.programme.organisation.api.OrganisationNameResponse;
import io.dtmonitor.programme.organisation.api.OrganisationResponse;
import io.dtmonitor.programme.organisation.api.RegisterOrganisationRequest;
import io.dtmonitor.programme.organisation.api.RenameOrganisationRequest;
import io.dtmonitor.programme.region.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Registers and renames the bodies named in programmes. A region's CDTO writes its region's
 * organisations; anyone reads them. An EDRPOU code must pass its checksum and belongs to one
 * organisation; a rename keeps the old name readable up to the day the new one takes effect.
 */
@ApplicationScoped
public class OrganisationService {

  /** The object type of an organisation's audit records. */
  public static final String AUDITED_AS = "organisation";

  /** The most names one organisation keeps. */
  static final int MAX_NAMES = 100;

  private final OrganisationRepository organisations;
  private final RegionRepository regions;
  private final RegionAccess access;
  private final IdempotencyKeys idempotency;
  private final OrganisationEvents events;
  private final AuditLog audit;
  private final Clock clock;

  public OrganisationService(
      OrganisationRepository organisations,
      RegionRepository regions,
      RegionAccess access,
      IdempotencyKeys idempotency,
      OrganisationEvents events,
      AuditLog audit,
      Clock clock) {
    this.organisations = organisations;
    this.regions = regions;
    this.access = access;
    this.idempotency = idempotency;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public IdempotentExecution<OrganisationResponse> register(
      RegisterOrganisationRequest request, String idempotencyKey) {
    access.requireCdtoOf(request.regionCode());
    return idempotency.execute(
        access.callerId(),
        idempotencyKey,
        "registerOrganisation",
        request,
        OrganisationResponse.class,
        () -> create(request));
  }

  private OrganisationResponse create(RegisterOrganisationRequest request) {
    if (regions.findByIdOptional(request.regionCode()).isEmpty()) {
      throw ProblemException.invalid(
          List.of(FieldError.inBody("regionCode", "is not a known region")));
    }
    if (request.edrpou() != null) {
      if (!Edrpou.isValid(request.edrpou())) {
        throw ProblemException.invalid(
            List.of(
                FieldError.inBody(
                    "edrpou", "fails the EDRPOU checksum: check the digits against the register")));
      }
      organisations
          .byEdrpou(request.edrpou())
          .ifPresent(
              existing -> {
                throw ProblemException.conflict(
                    "EDRPOU " + request.edrpou() + " is organisation " + existing.id + "'s",
                    URI.create("/api/v1/organisations/" + existing.id));
              });
    }
    return persistNew(
        request.regionCode(),
        request.kind(),
        OrganisationStatus.REGISTERED,
        request.edrpou(),
        new OrganisationName(
            request.validFrom(), request.nameUk().strip(), Texts.blankToNull(request.nameEn())));
  }

  /**
   * Creates a draft organisation of {@code region} called {@code nameUk}, for a name a programme
   * version uses that no registered organisation has. Runs inside the caller's transaction, whose
   * region rights it assumes checked.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public OrganisationResponse registerDraft(String region, String nameUk) {
    return persistNew(
        region,
        OrganisationKind.OTHER,
        OrganisationStatus.DRAFT,
        null,
        new OrganisationName(null, nameUk.strip(), null));
  }

  private OrganisationResponse persistNew(
      String region,
      OrganisationKind kind,
      OrganisationStatus status,
      String edrpou,
      OrganisationName name) {
    Organisation organisation = new Organisation();
    organisation.id = UUID.randomUUID();
    organisation.regionCode = region;
    organisation.kind = kind;
    organisation.status = status;
    organisation.edrpou = edrpou;
    organisation.addName(name);
    organisation.createdAt = ServiceTime.now(clock);
    organisation.createdBy = access.callerId();
    touch(organisation);
    organisations.persistAndFlush(organisation);
    events.registered(organisation);
    OrganisationResponse created = response(organisation, ServiceTime.today(clock));
    audit.record(AUDITED_AS, organisation.id, organisation.regionCode, null, created);
    return created;
  }

  /** Gives the organisation a new name from {@code validFrom}; {@code If-Match} required. */
  @Transactional
  public OrganisationResponse rename(UUID id, RenameOrganisationRequest request, String ifMatch) {
    Organisation organisation = find(id);
    access.requireCdtoOf(organisation.regionCode);
    EntityTags.requireMatch(ifMatch, organisation.version);
    OrganisationName current = organisation.currentName();
    if (current.validFrom != null && !request.validFrom().isAfter(current.validFrom)) {
      throw ProblemException.invalid(
          List.of(
              FieldError.inBody(
                  "validFrom",
                  "must be after " + current.validFrom + ", when the current name took effect")));
    }
    if (organisation.names.size() >= MAX_NAMES) {
      throw ProblemException.conflict(
          "Organisation " + id + " has " + MAX_NAMES + " names, as many as it keeps");
    }
    OrganisationResponse before = response(organisation, ServiceTime.today(clock));
    organisation.addName(
        new OrganisationName(
            request.validFrom(), request.nameUk().strip(), Texts.blankToNull(request.nameEn())));
    touch(organisation);
    organisations.flush();
    events.renamed(organisation);
    OrganisationResponse after = response(organisation, ServiceTime.today(clock));
    audit.record(AUDITED_AS, organisation.id, organisation.regionCode, before, after);
    return after;
  }

  /** The organisation with the name it had on {@code asOf} (today when absent). */
  public OrganisationResponse get(UUID id, Optional<LocalDate> asOf) {
    return response(find(id), asOf.orElseGet(() -> ServiceTime.today(clock)));
  }

  /** The organisations with these ids, each with the name it had on {@code date}. */
  public Map<UUID, OrganisationResponse> asOf(Collection<UUID> ids, LocalDate date) {
    return organisations.withIds(ids).stream()
        .collect(Collectors.toMap(organisation -> organisation.id, o -> response(o, date)));
  }

  public Page<OrganisationResponse> list(
      Optional<String> region, Optional<String> name, PageRequest page) {
    Optional<OrganisationRepository.NameKey> after =
        page.after(OrganisationRepository.NameKey::decode);
    LocalDate today = ServiceTime.today(clock);
    return page.toPage(
            organisations.search(
                region,
                name.map(Texts::searchable).filter(text -> !text.isEmpty()),
                after,
                page.fetchSize()),
            organisation -> OrganisationRepository.NameKey.of(organisation).encode())
        .map(organisation -> response(organisation, today));
  }

  private Organisation find(UUID id) {
    return organisations
        .findByIdOptional(id)
        .orElseThrow(() -> ProblemException.notFound("Organisation", id));
  }

  private static OrganisationResponse response(Organisation organisation, LocalDate asOf) {
    return new OrganisationResponse(
        organisation.id,
        organisation.regionCode,
        organisation.kind,
        organisation.status,
        organisation.edrpou,
        organisation.nameOn(asOf).map(OrganisationNameResponse::of).orElse(null),
        organisation.names().stream().map(OrganisationNameResponse::of).toList(),
        organisation.version,
        organisation.updatedAt);
  }

  private void touch(Organisation organisation) {
    organisation.updatedAt = ServiceTime.now(clock);
    organisation.updatedBy = access.callerId();
  }
}
