package io.dtmonitor.seed;

import io.dtmonitor.client.programme.ApiException;
import io.dtmonitor.client.programme.api.ProgrammeVersionsApi;
import io.dtmonitor.client.programme.api.ProgrammesApi;
import io.dtmonitor.client.programme.model.CreateProgrammeRequest;
import io.dtmonitor.client.programme.model.Measure;
import io.dtmonitor.client.programme.model.OrganisationLink;
import io.dtmonitor.client.programme.model.Programme;
import io.dtmonitor.client.programme.model.ProgrammeVersion;
import io.dtmonitor.client.programme.model.ProgrammeVersionList;
import io.dtmonitor.client.programme.model.ProgrammeVersionSummary;
import io.dtmonitor.client.programme.model.VersionDocument;
import io.dtmonitor.client.programme.model.VersionPassport;
import io.dtmonitor.client.programme.model.VersionStatus;
import io.dtmonitor.client.reporting.api.ReportingSchedulesApi;
import io.dtmonitor.client.reporting.model.ReportingSchedule;
import io.dtmonitor.client.reporting.model.ReportingScheduleRequest;
import io.dtmonitor.seed.ProgrammeSeed.VersionSeed;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Brings one programme to the state its data directory describes, as the region's CDTO: registers
 * it if no programme of the region has its title, imports and adopts each version that is not yet
 * adopted (version 1 as the first draft, later ones as amendments), and sets the reporting
 * schedule. What is already in place is left alone, so the import can run again.
 */
final class ProgrammeImporter {

  private static final Duration REPLICA_PATIENCE = Duration.ofSeconds(60);

  private final ServiceClients clients;
  private final Progress progress;

  ProgrammeImporter(ServiceClients clients, Progress progress) {
    this.clients = clients;
    this.progress = progress;
  }

  /**
   * Returns the programme's id. {@code spellings} are the other spellings of the region's bodies,
   * which its versions link by id.
   */
  UUID importProgramme(ProgrammeSeed seed, Map<String, UUID> spellings) throws Exception {
    CreateProgrammeRequest registration = seed.registration();
    Actor cdto = Actor.cdtoOf(registration.getRegionCode());
    String label = registration.getRegionCode() + " «" + registration.getTitleUk() + "»";
    ProgrammesApi programmes = new ProgrammesApi(clients.programme(cdto));
    Optional<Programme> existing =
        ProgrammeLookup.find(
            programmes,
            registration.getRegionCode(),
            registration.getTitleUk(),
            candidate -> registration.getTitleUk().equals(candidate.getTitleUk()));
    Programme programme =
        existing.isPresent()
            ? existing.get()
            : programmes.registerProgramme(registration, "seed-import:" + seed.directory());
    progress.step("programme " + label, existing.isPresent() ? Outcome.UNCHANGED : Outcome.CREATED);

    ProgrammeVersionsApi versions = new ProgrammeVersionsApi(clients.programme(cdto));
    for (VersionSeed version : seed.versions()) {
      Outcome outcome = bringVersion(versions, programme.getId(), version, spellings);
      progress.step(label + " version " + version.number() + " (" + version.file() + ")", outcome);
    }
    if (seed.schedule() != null) {
      progress.step(
          label + " reporting schedule", setSchedule(cdto, programme.getId(), seed.schedule()));
    }
    return programme.getId();
  }

  private Outcome bringVersion(
      ProgrammeVersionsApi versions,
      UUID programmeId,
      VersionSeed seed,
      Map<String, UUID> spellings)
      throws ApiException {
    VersionDocument document = linked(seed.document(), spellings);
    Map<Integer, ProgrammeVersionSummary> existing = new HashMap<>();
    String pageToken = null;
    do {
      ProgrammeVersionList page = versions.listVersions(programmeId, 100, pageToken);
      page.getItems().forEach(version -> existing.put(version.getNumber(), version));
      pageToken = page.getNextPageToken();
    } while (pageToken != null);
    ProgrammeVersionSummary current = existing.get(seed.number());
    if (current != null && current.getStatus() != VersionStatus.DRAFT) {
      return Outcome.UNCHANGED;
    }
    ProgrammeVersion draft;
    if (current != null) {
      ProgrammeVersion stored = versions.getDraftVersion(programmeId);
      draft =
          versions.importDraftVersion(
              programmeId, document, ServiceClients.etag(stored.getVersion()));
    } else if (seed.number() == 1) {
      draft = versions.importDraftVersion(programmeId, document, null);
    } else {
      ProgrammeVersion amendment = versions.startAmendment(programmeId);
      draft =
          versions.importDraftVersion(
              programmeId, document, ServiceClients.etag(amendment.getVersion()));
    }
    if (draft.getNumber() != seed.number()) {
      throw new SeedDataException(
          seed.file()
              + " is version "
              + seed.number()
              + " but programme-service made it version "
              + draft.getNumber()
              + "; the programme's versions differ from the data directory");
    }
    versions.adoptVersion(
        draft.getNumber(),
        programmeId,
        ServiceClients.etag(draft.getVersion()),
        seed.adoption().request());
    return Outcome.CREATED;
  }

  /** The document with the other spellings of bodies it uses linked to them by id. */
  private static VersionDocument linked(VersionDocument document, Map<String, UUID> spellings) {
    Set<String> used = new LinkedHashSet<>();
    VersionPassport passport = document.getPassport();
    used.add(passport.getInitiator());
    used.add(passport.getDeveloper());
    used.addAll(Objects.requireNonNullElse(passport.getResponsibleExecutors(), List.of()));
    Objects.requireNonNullElse(document.getMeasures(), List.<Measure>of())
        .forEach(
            measure ->
                used.addAll(
                    Objects.requireNonNullElse(measure.getResponsibleExecutors(), List.of())));
    document.setOrganisationLinks(
        used.stream()
            .filter(Objects::nonNull)
            .filter(spellings::containsKey)
            .map(name -> new OrganisationLink().name(name).organisationId(spellings.get(name)))
            .toList());
    return document;
  }

  /**
   * The schedule lives in reporting-service, which learns of the programme from its events; until
   * then it answers 404.
   */
  private Outcome setSchedule(Actor cdto, UUID programmeId, ReportingScheduleRequest wanted)
      throws Exception {
    ReportingSchedulesApi schedules = new ReportingSchedulesApi(clients.reporting(cdto));
    ReportingSchedule current =
        Eventually.retry(
            REPLICA_PATIENCE, Set.of(404), () -> schedules.getReportingSchedule(programmeId));
    if (!Boolean.TRUE.equals(current.getDefaulted())
        && Objects.equals(current.getQuarterly(), wanted.getQuarterly())
        && Objects.equals(current.getAnnual(), wanted.getAnnual())
        && Objects.equals(current.getDueDay(), wanted.getDueDay())
        && Objects.equals(current.getZone(), wanted.getZone())) {
      return Outcome.UNCHANGED;
    }
    schedules.setReportingSchedule(programmeId, wanted, ServiceClients.etag(current.getVersion()));
    return Outcome.UPDATED;
  }
}
