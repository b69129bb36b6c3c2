package io.dtmonitor.programme.organisation;

import io.dtmonitor.platform.text.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Links the names a programme version uses, as the source wrote them, to the organisations of the
 * programme's region. A name is compared with every Ukrainian name an organisation had, in the form
 * text is searched in (case, apostrophes and spacing do not matter). One registered organisation
 * called so is the link; of several, the one called so on the version's date; none found, the draft
 * organisation of that name, created when there is none yet.
 */
@ApplicationScoped
public class OrganisationMatcher {

  /** Names compared per query, to keep the statement's size bounded. */
  private static final int NAMES_PER_QUERY = 100;

  private final OrganisationRepository organisations;
  private final OrganisationService service;

  public OrganisationMatcher(OrganisationRepository organisations, OrganisationService service) {
    this.organisations = organisations;
    this.service = service;
  }

  /** Where a name is linked: the organisation (none when ambiguous) and how it was found. */
  public record Link(UUID organisationId, OrganisationMatch match) {}

  /**
   * Links each of {@code names} to an organisation of {@code region}, as of {@code on}; draft
   * organisations it creates join the caller's transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Map<String, Link> link(String region, LocalDate on, Collection<String> names) {
    Map<String, List<String>> writtenByKey = new LinkedHashMap<>();
    names.forEach(
        name ->
            writtenByKey
                .computeIfAbsent(Texts.searchable(name), key -> new ArrayList<>())
                .add(name));
    List<Organisation> candidates = candidates(region, new ArrayList<>(writtenByKey.keySet()));
    Map<String, Link> links = new LinkedHashMap<>();
    writtenByKey.forEach(
        (key, written) -> {
          Link link = linkKey(region, on, key, written.get(0), candidates);
          written.forEach(name -> links.put(name, link));
        });
    return links;
  }

  /**
   * The link to the organisation {@code id}, which a document names for a name it uses: empty when
   * no organisation of {@code region} has the id.
   */
  public Optional<Link> named(String region, UUID id) {
    return organisations
        .findByIdOptional(id)
        .filter(organisation -> organisation.regionCode.equals(region))
        .map(organisation -> new Link(organisation.id, matchOf(organisation)));
  }

  private Link linkKey(
      String region, LocalDate on, String key, String written, List<Organisation> candidates) {
    List<Organisation> registered =
        candidates.stream()
            .filter(o -> o.status == OrganisationStatus.REGISTERED && o.isCalled(key))
            .toList();
    if (registered.size() > 1) {
      registered = registered.stream().filter(o -> o.wasCalledOn(key, on)).toList();
      if (registered.size() != 1) {
        return new Link(null, OrganisationMatch.AMBIGUOUS);
      }
    }
    if (registered.size() == 1) {
      return new Link(registered.get(0).id, OrganisationMatch.MATCHED);
    }
    UUID draft =
        candidates.stream()
            .filter(o -> o.status == OrganisationStatus.DRAFT && o.isCalled(key))
            .map(o -> o.id)
            .findFirst()
            .orElseGet(() -> service.registerDraft(region, written).id());
    return new Link(draft, OrganisationMatch.UNMATCHED);
  }

  private List<Organisation> candidates(String region, List<String> keys) {
    List<Organisation> found = new ArrayList<>();
    for (int from = 0; from < keys.size(); from += NAMES_PER_QUERY) {
      List<String> chunk = keys.subList(from, Math.min(keys.size(), from + NAMES_PER_QUERY));
      organisations.inRegionCalledLike(region, chunk).stream()
          .filter(o -> found.stream().noneMatch(f -> f.id.equals(o.id)))
          .forEach(found::add);
    }
    return found;
  }

  private static OrganisationMatch matchOf(Organisation organisation) {
    return organisation.status == OrganisationStatus.DRAFT
        ? OrganisationMatch.UNMATCHED
        : OrganisationMatch.MATCHED;
  }
}
