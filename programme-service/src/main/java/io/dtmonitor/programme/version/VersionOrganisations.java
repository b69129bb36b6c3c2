package io.dtmonitor.programme.version;

import io.dtmonitor.platform.problem.FieldError;
import io.dtmonitor.platform.problem.ProblemException;
import io.dtmonitor.programme.organisation.OrganisationMatch;
import io.dtmonitor.programme.organisation.OrganisationMatcher;
import io.dtmonitor.programme.organisation.OrganisationMatcher.Link;
import io.dtmonitor.programme.organisation.OrganisationService;
import io.dtmonitor.programme.organisation.api.OrganisationResponse;
import io.dtmonitor.programme.version.VersionRows.OrganisationRow;
import io.dtmonitor.programme.version.api.VersionOrganisation;
import io.dtmonitor.programme.version.content.OrganisationLink;
import io.dtmonitor.programme.version.content.VersionDocument;
import io.dtmonitor.programme.version.reconciliation.Finding;
import io.dtmonitor.programme.version.reconciliation.FindingCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Links the bodies a version names (initiator, developer, executors) to organisations, reports the
 * names that are not linked to one registered organisation as findings, and shows each link with
 * the organisation's name on the version's date. A name the document links by id keeps that link;
 * every other name is matched with the region's organisations by {@link OrganisationMatcher}.
 */
@ApplicationScoped
public class VersionOrganisations {

  private final OrganisationMatcher matcher;
  private final OrganisationService organisations;

  public VersionOrganisations(OrganisationMatcher matcher, OrganisationService organisations) {
    this.matcher = matcher;
    this.organisations = organisations;
  }

  /**
   * Replaces the version's links by those of {@code content}'s names in {@code region} on {@code
   * on}. A link to an id that is not an organisation of the region is a 400 naming it, before
   * anything is written.
   */
  void link(ProgrammeVersion version, VersionDocument content, String region, LocalDate on) {
    Map<String, Link> named = named(content, region);
    Map<String, List<String>> bodies = content.bodiesNamed();
    Map<String, Link> matched =
        matcher.link(
            region, on, bodies.keySet().stream().filter(name -> !named.containsKey(name)).toList());
    List<OrganisationRow> rows = new ArrayList<>();
    bodies
        .keySet()
        .forEach(
            name -> {
              Link link = named.containsKey(name) ? named.get(name) : matched.get(name);
              OrganisationRow row = new OrganisationRow();
              row.nameAsWritten = name;
              row.organisationId = link.organisationId();
              row.match = link.match();
              row.named = named.containsKey(name);
              rows.add(row);
            });
    version.organisations = rows;
  }

  /** A finding for each name not linked to exactly one registered organisation. */
  List<Finding> findings(ProgrammeVersion version, VersionDocument content) {
    Map<String, List<String>> bodies = content.bodiesNamed();
    List<Finding> findings = new ArrayList<>();
    for (OrganisationRow row : version.organisations) {
      String where = bodies.getOrDefault(row.nameAsWritten, List.of("passport")).get(0);
      if (row.match == OrganisationMatch.UNMATCHED) {
        findings.add(
            Finding.of(
                FindingCode.UNMATCHED_ORGANISATION,
                where,
                "«"
                    + row.nameAsWritten
                    + "» is no registered organisation's name in this region; it is linked to"
                    + " draft organisation "
                    + row.organisationId
                    + " until the body is registered or the name is linked in organisationLinks"));
      } else if (row.match == OrganisationMatch.AMBIGUOUS) {
        findings.add(
            Finding.of(
                FindingCode.AMBIGUOUS_ORGANISATION,
                where,
                "«"
                    + row.nameAsWritten
                    + "» is the name of several organisations of this region, also on the"
                    + " version's date; link the right one in organisationLinks"));
      }
    }
    return findings;
  }

  /** The version's links, each organisation with the name it had on {@code on}. */
  List<VersionOrganisation> view(ProgrammeVersion version, VersionDocument content, LocalDate on) {
    Map<UUID, OrganisationResponse> linked =
        organisations.asOf(
            version.organisations.stream()
                .map(row -> row.organisationId)
                .filter(Objects::nonNull)
                .distinct()
                .toList(),
            on);
    Map<String, List<String>> bodies = content.bodiesNamed();
    return version.organisations.stream()
        .map(
            row -> {
              OrganisationResponse organisation =
                  row.organisationId == null ? null : linked.get(row.organisationId);
              return new VersionOrganisation(
                  row.nameAsWritten,
                  bodies.getOrDefault(row.nameAsWritten, List.of()),
                  row.organisationId,
                  organisation == null ? null : nameOf(organisation),
                  organisation == null ? null : organisation.status(),
                  row.match,
                  row.named);
            })
        .toList();
  }

  private Map<String, Link> named(VersionDocument content, String region) {
    Map<String, Link> named = new HashMap<>();
    List<FieldError> errors = new ArrayList<>();
    List<OrganisationLink> links = content.organisationLinks();
    for (int i = 0; i < links.size(); i++) {
      OrganisationLink link = links.get(i);
      int at = i;
      matcher
          .named(region, link.organisationId())
          .ifPresentOrElse(
              found -> named.put(link.name(), found),
              () ->
                  errors.add(
                      FieldError.inBody(
                          "organisationLinks[" + at + "].organisationId",
                          "is no organisation of region " + region)));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    return named;
  }

  /** The name on the day asked for, else the first known one (the day is before it). */
  private static String nameOf(OrganisationResponse organisation) {
    return organisation.name() != null
        ? organisation.name().nameUk()
        : organisation.names().get(0).nameUk();
  }
}
