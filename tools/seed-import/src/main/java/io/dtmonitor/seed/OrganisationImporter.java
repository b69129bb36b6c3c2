package io.dtmonitor.seed;

import io.dtmonitor.client.programme.ApiException;
import io.dtmonitor.client.programme.api.OrganisationsApi;
import io.dtmonitor.client.programme.model.Organisation;
import io.dtmonitor.client.programme.model.OrganisationPage;
import io.dtmonitor.client.programme.model.OrganisationStatus;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Registers the bodies of {@code data/organisations} as their region's CDTO, each once: a body
 * whose region already has a registered organisation of that name is left alone, so the import can
 * run again. Remembers the other spellings of each body for the versions that use them.
 */
final class OrganisationImporter {

  private final ServiceClients clients;
  private final Progress progress;
  private final Map<String, Map<String, UUID>> spellingsByRegion = new HashMap<>();

  OrganisationImporter(ServiceClients clients, Progress progress) {
    this.clients = clients;
    this.progress = progress;
  }

  void importOrganisation(OrganisationSeed seed) throws Exception {
    OrganisationsApi organisations =
        new OrganisationsApi(clients.programme(Actor.cdtoOf(seed.regionCode())));
    Optional<Organisation> existing = find(organisations, seed);
    Organisation organisation =
        existing.isPresent()
            ? existing.get()
            : organisations.registerOrganisation(
                seed.registration(),
                "seed-import:organisation:"
                    + UUID.nameUUIDFromBytes(
                        (seed.regionCode() + "\n" + seed.nameUk())
                            .getBytes(StandardCharsets.UTF_8)));
    Map<String, UUID> spellings =
        spellingsByRegion.computeIfAbsent(seed.regionCode(), region -> new HashMap<>());
    seed.alsoWrittenAs().forEach(spelling -> spellings.put(spelling, organisation.getId()));
    progress.step(
        "organisation " + seed.regionCode() + " «" + seed.nameUk() + "»",
        existing.isPresent() ? Outcome.UNCHANGED : Outcome.CREATED);
  }

  /**
   * The other spellings of {@code region}'s imported bodies, with their ids: matching by name would
   * not find them, so versions link them by id.
   */
  Map<String, UUID> spellings(String region) {
    return spellingsByRegion.getOrDefault(region, Map.of());
  }

  private static Optional<Organisation> find(OrganisationsApi organisations, OrganisationSeed seed)
      throws ApiException {
    return Pages.first(
        pageToken ->
            organisations.listOrganisations(seed.nameUk(), 100, pageToken, seed.regionCode()),
        OrganisationPage::getItems,
        OrganisationPage::getNextPageToken,
        organisation ->
            organisation.getStatus() == OrganisationStatus.REGISTERED
                && organisation.getName() != null
                && seed.nameUk().equals(organisation.getName().getNameUk()));
  }
}
