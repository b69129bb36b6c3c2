package io.dtmonitor.seed;

import com.fasterxml.jackson.core.type.TypeReference;
import io.dtmonitor.client.indicator.model.IndicatorRequest;
import io.dtmonitor.client.indicator.model.RecordObservationRequest;
import io.dtmonitor.client.indicator.model.TargetRequest;
import io.dtmonitor.client.programme.model.CreateProgrammeRequest;
import io.dtmonitor.client.programme.model.Measure;
import io.dtmonitor.client.programme.model.VersionDocument;
import io.dtmonitor.client.programme.model.VersionPassport;
import io.dtmonitor.client.reporting.model.ReportingScheduleRequest;
import io.dtmonitor.seed.ProgrammeSeed.VersionSeed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything under {@code data/}, read and cross-checked before the first request is sent, so a
 * broken file stops the import before it has written anything.
 *
 * <ul>
 *   <li>{@code programmes/<name>/programme.json}: the registration; {@code v1.json}, {@code
 *       v2.json}, ...: the versions; {@code adoptions.json}: their decisions; optional {@code
 *       reporting-schedule.json}.
 *   <li>{@code organisations/organisations.json}: the bodies the programmes name, with the other
 *       spellings the documents use for them.
 *   <li>{@code indicators/indicators.json}, {@code targets.json}, {@code observations.json}.
 *   <li>{@code reports/*.json}: reporting years.
 * </ul>
 */
record SeedData(
    List<OrganisationSeed> organisations,
    List<ProgrammeSeed> programmes,
    List<IndicatorRequest> indicators,
    List<TargetRequest> targets,
    List<RecordObservationRequest> observations,
    List<ReportYearSeed> reportYears) {

  private static final Pattern VERSION_FILE = Pattern.compile("v([0-9]+)\\.json");

  static SeedData load(Path dataDirectory) {
    SeedFiles files = new SeedFiles(dataDirectory.toAbsolutePath().normalize());
    List<ProgrammeSeed> programmes = new ArrayList<>();
    for (Path directory : directories(files.root().resolve("programmes"))) {
      programmes.add(programme(files, directory));
    }
    Path indicators = files.root().resolve("indicators");
    SeedData data =
        new SeedData(
            list(
                files,
                files.root().resolve("organisations").resolve("organisations.json"),
                new TypeReference<>() {}),
            programmes,
            list(files, indicators.resolve("indicators.json"), new TypeReference<>() {}),
            list(files, indicators.resolve("targets.json"), new TypeReference<>() {}),
            list(files, indicators.resolve("observations.json"), new TypeReference<>() {}),
            reportYears(files));
    data.checkReferences(files);
    return data;
  }

  /** Number of steps the import runs, for its progress line. */
  int steps() {
    int programmeSteps =
        programmes.stream()
            .mapToInt(p -> 1 + p.versions().size() + (p.schedule() == null ? 0 : 1))
            .sum();
    int reportSteps = reportYears.stream().mapToInt(year -> year.quarters().size()).sum();
    return 1
        + organisations.size()
        + programmeSteps
        + indicators.size()
        + targets.size()
        + observations.size()
        + reportSteps;
  }

  Map<String, ProgrammeSeed> programmesByDirectory() {
    return programmes.stream()
        .collect(Collectors.toMap(ProgrammeSeed::directory, Function.identity()));
  }

  private void checkReferences(SeedFiles files) {
    checkBodiesNamed();
    Map<String, ProgrammeSeed> byDirectory = programmesByDirectory();
    for (ReportYearSeed year : reportYears) {
      if (!byDirectory.containsKey(year.programme())) {
        throw new SeedDataException(
            "reports of "
                + year.year()
                + " name programme '"
                + year.programme()
                + "', which is not a directory of "
                + files.relative(files.root().resolve("programmes")));
      }
    }
  }

  /**
   * Every body a version names must be an organisation of its region (by name or another spelling),
   * so that the import links each of them.
   */
  private void checkBodiesNamed() {
    Map<String, Set<String>> spellings = new HashMap<>();
    for (OrganisationSeed organisation : organisations) {
      Set<String> region =
          spellings.computeIfAbsent(organisation.regionCode(), code -> new HashSet<>());
      region.add(organisation.nameUk());
      region.addAll(organisation.alsoWrittenAs());
    }
    for (ProgrammeSeed programme : programmes) {
      String region = programme.registration().getRegionCode();
      for (VersionSeed version : programme.versions()) {
        List<String> named = new ArrayList<>();
        VersionPassport passport = version.document().getPassport();
        if (passport != null) {
          named.add(passport.getInitiator());
          named.add(passport.getDeveloper());
          named.addAll(Objects.requireNonNullElse(passport.getResponsibleExecutors(), List.of()));
        }
        Objects.requireNonNullElse(version.document().getMeasures(), List.<Measure>of())
            .forEach(
                measure ->
                    named.addAll(
                        Objects.requireNonNullElse(measure.getResponsibleExecutors(), List.of())));
        named.stream()
            .filter(Objects::nonNull)
            .filter(name -> !spellings.getOrDefault(region, Set.of()).contains(name))
            .findFirst()
            .ifPresent(
                name -> {
                  throw new SeedDataException(
                      version.file()
                          + " names «"
                          + name
                          + "», which is no organisation of "
                          + region
                          + " in organisations/organisations.json");
                });
      }
    }
  }

  private static ProgrammeSeed programme(SeedFiles files, Path directory) {
    Path registrationFile = directory.resolve("programme.json");
    if (!files.exists(registrationFile)) {
      throw new SeedDataException(files.relative(registrationFile) + " is missing");
    }
    CreateProgrammeRequest registration =
        files.read(registrationFile, CreateProgrammeRequest.class);
    Path adoptionsFile = directory.resolve("adoptions.json");
    List<Adoption> adoptions =
        files.exists(adoptionsFile)
            ? files.read(adoptionsFile, new TypeReference<List<Adoption>>() {})
            : List.of();
    List<VersionSeed> versions = new ArrayList<>();
    for (Path file : versionFiles(directory)) {
      Matcher name = VERSION_FILE.matcher(file.getFileName().toString());
      name.matches();
      int number = Integer.parseInt(name.group(1));
      if (number != versions.size() + 1) {
        throw new SeedDataException(
            files.relative(file) + ": versions must be numbered 1, 2, ... without gaps");
      }
      VersionDocument document = files.read(file, VersionDocument.class);
      Adoption adoption =
          adoptions.stream()
              .filter(candidate -> candidate.version() == number)
              .findFirst()
              .orElseThrow(
                  () ->
                      new SeedDataException(
                          files.relative(adoptionsFile)
                              + " has no entry for version "
                              + number
                              + " ("
                              + files.relative(file)
                              + ")"));
      versions.add(new VersionSeed(number, files.relative(file), document, adoption));
    }
    if (versions.isEmpty()) {
      throw new SeedDataException(files.relative(directory) + " has no v1.json");
    }
    Path scheduleFile = directory.resolve("reporting-schedule.json");
    ReportingScheduleRequest schedule =
        files.exists(scheduleFile)
            ? files.read(scheduleFile, ReportingScheduleRequest.class)
            : null;
    return new ProgrammeSeed(
        directory.getFileName().toString(), registration, List.copyOf(versions), schedule);
  }

  private static List<ReportYearSeed> reportYears(SeedFiles files) {
    Path reports = files.root().resolve("reports");
    if (!Files.isDirectory(reports)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(reports)) {
      return entries
          .filter(file -> file.getFileName().toString().endsWith(".json"))
          .sorted()
          .map(file -> files.read(file, ReportYearSeed.class))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> List<T> list(SeedFiles files, Path file, TypeReference<List<T>> type) {
    return files.exists(file) ? files.read(file, type) : List.of();
  }

  private static List<Path> directories(Path parent) {
    if (!Files.isDirectory(parent)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(parent)) {
      return entries.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> versionFiles(Path directory) {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries
          .filter(file -> VERSION_FILE.matcher(file.getFileName().toString()).matches())
          .sorted(
              Comparator.comparingInt(
                  file -> {
                    Matcher name = VERSION_FILE.matcher(file.getFileName().toString());
                    name.matches();
                    return Integer.parseInt(name.group(1));
                  }))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
