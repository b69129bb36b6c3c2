package io.dtmonitor.seed;

import io.dtmonitor.client.indicator.model.IndicatorRequest;
import io.dtmonitor.client.indicator.model.RecordObservationRequest;
import io.dtmonitor.client.indicator.model.TargetRequest;
import io.dtmonitor.client.programme.api.RegionsApi;
import io.dtmonitor.client.programme.model.Region;
import io.dtmonitor.seed.ReportYearSeed.ReportSeed;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Loads the repository's {@code data/} into running services through their public APIs, with the
 * demo users' tokens, the way a CDTO integration would: the regions are checked, then the
 * programmes with their versions and schedules, the indicator catalogue additions, targets and
 * observations, and the reporting years. Every step looks first and writes only what is missing or
 * different, so running it again changes nothing.
 *
 * <p>{@code java -cp ... io.dtmonitor.seed.SeedImport [--data data] [--keycloak URL] [--programme
 * URL] [--reporting URL] [--indicator URL]}; the defaults are the local stack's.
 */
public final class SeedImport {

  private final ServiceClients clients;
  private final SeedEndpoints endpoints;
  private final Path dataDirectory;
  private final PrintStream out;

  public SeedImport(
      SeedEndpoints endpoints, TokenSource tokens, Path dataDirectory, PrintStream out) {
    this.endpoints = endpoints;
    this.clients = new ServiceClients(endpoints, tokens);
    this.dataDirectory = dataDirectory;
    this.out = out;
  }

  public static void main(String[] args) {
    Map<String, String> options = options(args);
    SeedEndpoints local = SeedEndpoints.local();
    SeedEndpoints endpoints =
        new SeedEndpoints(
            URI.create(options.getOrDefault("programme", local.programme().toString())),
            URI.create(options.getOrDefault("reporting", local.reporting().toString())),
            URI.create(options.getOrDefault("indicator", local.indicator().toString())));
    TokenSource tokens =
        new KeycloakTokens(
            URI.create(options.getOrDefault("keycloak", "http://127.0.0.1:8180/realms/dtm")));
    try {
      new SeedImport(endpoints, tokens, Path.of(options.getOrDefault("data", "data")), System.out)
          .run();
    } catch (SeedDataException e) {
      System.err.println("Seed import stopped: " + e.getMessage());
      System.exit(2);
    } catch (Exception e) {
      System.err.println("Seed import failed: " + describe(e));
      System.exit(1);
    }
  }

  /** Runs the import; throws {@link SeedDataException} for a bad data file, before any write. */
  public SeedSummary run() throws Exception {
    SeedData data = SeedData.load(dataDirectory);
    out.printf(
        "Importing %s into %s, %s, %s%n",
        dataDirectory, endpoints.programme(), endpoints.reporting(), endpoints.indicator());
    Progress progress = new Progress(out, data.steps());
    checkRegions(data, progress);

    OrganisationImporter organisationImporter = new OrganisationImporter(clients, progress);
    for (OrganisationSeed organisation : data.organisations()) {
      organisationImporter.importOrganisation(organisation);
    }

    ProgrammeImporter programmeImporter = new ProgrammeImporter(clients, progress);
    Map<String, UUID> programmeIds = new HashMap<>();
    for (ProgrammeSeed programme : data.programmes()) {
      programmeIds.put(
          programme.directory(),
          programmeImporter.importProgramme(
              programme, organisationImporter.spellings(programme.registration().getRegionCode())));
    }

    IndicatorImporter indicatorImporter = new IndicatorImporter(clients, progress);
    for (IndicatorRequest indicator : data.indicators()) {
      indicatorImporter.addIndicator(indicator);
    }
    for (TargetRequest target : data.targets()) {
      indicatorImporter.setTarget(target);
    }
    for (RecordObservationRequest observation : data.observations()) {
      indicatorImporter.record(observation);
    }

    ReportImporter reportImporter = new ReportImporter(clients, progress);
    Map<String, ProgrammeSeed> programmes = data.programmesByDirectory();
    for (ReportYearSeed year : data.reportYears()) {
      String region = programmes.get(year.programme()).registration().getRegionCode();
      out.println("  " + year.note());
      for (ReportSeed report : year.quarters()) {
        reportImporter.importReport(programmeIds.get(year.programme()), region, report);
      }
    }
    SeedSummary summary = progress.summary();
    out.println("Seed import done: " + summary);
    return summary;
  }

  /** Regions are reference data owned by programme-service; the files may only name known ones. */
  private void checkRegions(SeedData data, Progress progress) throws Exception {
    Set<String> known =
        new RegionsApi(clients.programme(Actor.MINISTRY))
            .listRegions(null).getItems().stream().map(Region::getCode).collect(Collectors.toSet());
    List<String> named =
        data.programmes().stream().map(p -> p.registration().getRegionCode()).distinct().toList();
    for (String region : named) {
      if (!known.contains(region)) {
        throw new SeedDataException("programme data names region " + region + ", which is unknown");
      }
    }
    progress.step(
        "regions: " + known.size() + " known, the data uses " + String.join(", ", named),
        Outcome.UNCHANGED);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }

  private static String describe(Exception e) {
    int status = Eventually.statusOf(e);
    if (status > 0) {
      String body =
          e instanceof io.dtmonitor.client.programme.ApiException p
              ? p.getResponseBody()
              : e instanceof io.dtmonitor.client.reporting.ApiException r
                  ? r.getResponseBody()
                  : ((io.dtmonitor.client.indicator.ApiException) e).getResponseBody();
      return "HTTP " + status + ": " + body;
    }
    return e.toString();
  }
}
