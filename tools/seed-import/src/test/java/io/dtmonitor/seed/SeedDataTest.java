package io.dtmonitor.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading {@code data/}: the repository's files load, and a broken file is named precisely. */
class SeedDataTest {

  private static final Path REPOSITORY = Path.of(System.getProperty("dtm.repository", "../.."));

  @TempDir Path data;

  @Test
  void theRepositoryDataLoads() {
    SeedData seed = SeedData.load(REPOSITORY.resolve("data"));

    ProgrammeSeed digital = seed.programmesByDirectory().get("poltava-digital-2021-2023");
    assertEquals("UA-53", digital.registration().getRegionCode());
    assertEquals(2, digital.versions().size());
    assertEquals(
        "50235.7", digital.versions().get(1).document().getStatedTotals().getTotal().getAmount());
    assertEquals(
        1, seed.programmesByDirectory().get("poltava-informatization-2024-2026").versions().size());
    assertTrue(seed.steps() > seed.programmes().size());
  }

  @Test
  void brokenJsonIsReportedWithFileLineAndColumn() throws IOException {
    Path programme = programme("broken");
    Files.writeString(
        programme.resolve("v1.json"),
        "{\n  \"format\": \"dtm.programme-version/1\",\n  \"passport\": {,\n}");

    SeedDataException error = assertThrows(SeedDataException.class, () -> SeedData.load(data));

    assertTrue(
        error
            .getMessage()
            .startsWith(data.getFileName() + "/programmes/broken/v1.json, line 3, column"),
        error.getMessage());
  }

  @Test
  void aWrongValueIsReportedWithItsFieldPath() throws IOException {
    Path programme = programme("wrong-type");
    Files.writeString(
        programme.resolve("v1.json"),
        """
        {"format": "dtm.programme-version/1",
         "passport": {"titleUk": "Програма", "firstYear": "twenty", "lastYear": 2026}}
        """);

    SeedDataException error = assertThrows(SeedDataException.class, () -> SeedData.load(data));

    assertTrue(
        error.getMessage().contains("programmes/wrong-type/v1.json, line 2"), error.getMessage());
    assertTrue(error.getMessage().contains("(at passport.firstYear)"), error.getMessage());
  }

  @Test
  void anUnknownFieldIsAMistakeNotIgnored() throws IOException {
    Path programme = programme("typo");
    Files.writeString(
        programme.resolve("v1.json"),
        """
        {"format": "dtm.programme-version/1", "pasport": {}}
        """);

    SeedDataException error = assertThrows(SeedDataException.class, () -> SeedData.load(data));

    assertTrue(error.getMessage().contains("programmes/typo/v1.json"), error.getMessage());
    assertTrue(error.getMessage().contains("pasport"), error.getMessage());
  }

  @Test
  void aVersionWithoutAnAdoptionEntryIsNamed() throws IOException {
    Path programme = programme("no-adoption");
    Files.writeString(programme.resolve("v1.json"), "{\"format\": \"dtm.programme-version/1\"}");
    Files.writeString(programme.resolve("adoptions.json"), "[]");

    SeedDataException error = assertThrows(SeedDataException.class, () -> SeedData.load(data));

    assertTrue(
        error.getMessage().contains("adoptions.json has no entry for version 1"),
        error.getMessage());
  }

  @Test
  void everyBodyAVersionNamesMustBeAnOrganisationOfItsRegion() throws IOException {
    Path programme = programme("named");
    Files.writeString(
        programme.resolve("v1.json"),
        """
        {"format": "dtm.programme-version/1",
         "passport": {"titleUk": "П", "firstYear": 2021, "lastYear": 2023,
                      "initiator": "Відомий департамент"},
         "measures": [{"code": "1.1", "directionNumber": 1, "title": "З", "firstYear": 2021,
                       "lastYear": 2021, "responsibleExecutors": ["Інший департамент"]}]}
        """);
    Files.writeString(
        programme.resolve("adoptions.json"),
        "[{\"version\": 1, \"decision\": {\"body\": \"Рада\"}}]");
    Files.createDirectories(data.resolve("organisations"));
    Files.writeString(
        data.resolve("organisations/organisations.json"),
        """
        [{"regionCode": "UA-53", "kind": "DEPARTMENT", "nameUk": "Відомий департамент",
          "alsoWrittenAs": ["Відомий деп."]},
         {"regionCode": "UA-63", "kind": "DEPARTMENT", "nameUk": "Інший департамент"}]
        """);

    SeedDataException error = assertThrows(SeedDataException.class, () -> SeedData.load(data));

    assertTrue(
        error.getMessage().contains("names «Інший департамент», which is no organisation of UA-53"),
        error.getMessage());
  }

  @Test
  void reportsMustNameAProgrammeDirectory() throws IOException {
    Path programme = programme("known");
    Files.writeString(programme.resolve("v1.json"), "{\"format\": \"dtm.programme-version/1\"}");
    Files.writeString(
        programme.resolve("adoptions.json"),
        "[{\"version\": 1, \"decision\": {\"body\": \"Рада\"}}]");
    Files.createDirectories(data.resolve("reports"));
    Files.writeString(
        data.resolve("reports/year.json"),
        "{\"programme\": \"unknown\", \"note\": \"n\", \"year\": 2022, \"quarters\": []}");

    SeedDataException error = assertThrows(SeedDataException.class, () -> SeedData.load(data));

    assertTrue(error.getMessage().contains("programme 'unknown'"), error.getMessage());
  }

  private Path programme(String name) throws IOException {
    Path directory = Files.createDirectories(data.resolve("programmes").resolve(name));
    Files.writeString(
        directory.resolve("programme.json"),
        """
        {"regionCode": "UA-53", "titleUk": "Програма", "firstYear": 2024, "lastYear": 2026}
        """);
    return directory;
  }
}
