package io.dtmonitor.e2e;

import io.dtmonitor.client.programme.JSON;
import io.dtmonitor.client.programme.api.ProgrammeVersionsApi;
import io.dtmonitor.client.programme.api.ProgrammesApi;
import io.dtmonitor.client.programme.model.AdoptionRequest;
import io.dtmonitor.client.programme.model.CreateProgrammeRequest;
import io.dtmonitor.client.programme.model.Decision;
import io.dtmonitor.client.programme.model.ProgrammeVersion;
import io.dtmonitor.client.programme.model.VersionDocument;
import io.dtmonitor.seed.Actor;
import io.dtmonitor.seed.ServiceClients;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Programmes for tests that need many of them: each is registered by Poltava's CDTO with the small
 * 2025-2026 version document of {@code kharkiv-e2e-version.json} and adopted with effect from 1
 * January 2025. The document's passport carries the programme's title, because an adopted
 * passport's title becomes the programme's.
 */
final class AdoptedProgrammes {

  private static final VersionDocument TEMPLATE = template();

  private final ServiceClients clients;

  AdoptedProgrammes(ServiceClients clients) {
    this.clients = clients;
  }

  /** The version document with the given title. */
  static VersionDocument document(String title) {
    VersionDocument document =
        JSON.getDefault().getMapper().convertValue(TEMPLATE, VersionDocument.class);
    document.getPassport().setTitleUk(title);
    return document;
  }

  /** Poltava's registration of a 2025-2026 programme. */
  static CreateProgrammeRequest registration(String title) {
    return new CreateProgrammeRequest()
        .regionCode(Caller.OWN_REGION)
        .titleUk(title)
        .firstYear(2025)
        .lastYear(2026);
  }

  /** The oblast council's adoption, in force from {@code effectiveFrom}. */
  static AdoptionRequest adoption(LocalDate effectiveFrom) {
    return new AdoptionRequest()
        .decision(new Decision().body("Полтавська обласна рада"))
        .effectiveFrom(effectiveFrom);
  }

  /** Registers, imports and adopts; returns the programme's id once adopted. */
  UUID adopt(String title) throws Exception {
    UUID programme =
        new ProgrammesApi(clients.programme(Actor.POLTAVA_CDTO))
            .registerProgramme(registration(title), UUID.randomUUID().toString())
            .getId();
    ProgrammeVersionsApi versions = new ProgrammeVersionsApi(clients.programme(Actor.POLTAVA_CDTO));
    ProgrammeVersion draft = versions.importDraftVersion(programme, document(title), null);
    versions.adoptVersion(
        1, programme, ServiceClients.etag(draft.getVersion()), adoption(LocalDate.of(2025, 1, 1)));
    return programme;
  }

  private static VersionDocument template() {
    try (InputStream json =
        AdoptedProgrammes.class.getResourceAsStream("/kharkiv-e2e-version.json")) {
      return JSON.getDefault().getMapper().readValue(json, VersionDocument.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
