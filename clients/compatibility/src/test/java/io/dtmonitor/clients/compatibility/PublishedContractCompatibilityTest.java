package io.dtmonitor.clients.compatibility;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each committed API document against its published baseline (the previous release tag, or the
 * first committed version): a breaking change inside {@code /api/v1} fails the build unless {@code
 * docs/api/CHANGELOG.md} announces it.
 */
class PublishedContractCompatibilityTest {

  private static final Path REPOSITORY =
      Path.of(System.getProperty("dtm.repository", "../..")).toAbsolutePath().normalize();

  @ParameterizedTest
  @ValueSource(strings = {"programme-service", "reporting-service", "indicator-service"})
  void breakingChangesAreAnnounced(String service) throws IOException {
    String document = "docs/api/" + service + ".yaml";
    ApiBaseline baseline = ApiBaseline.of(REPOSITORY, document);
    String current = Files.readString(REPOSITORY.resolve(document));
    ChangelogAcknowledgements changelog =
        ChangelogAcknowledgements.read(REPOSITORY.resolve("docs/api/CHANGELOG.md"));

    List<BreakingChange> unannounced =
        BreakingChanges.between(service, baseline.content(), current).stream()
            .filter(change -> !changelog.acknowledges(change))
            .toList();

    assertTrue(
        unannounced.isEmpty(),
        "Breaking changes to "
            + document
            + " since "
            + baseline.ref()
            + " that docs/api/CHANGELOG.md does not announce under a 'Breaking' heading:\n  "
            + String.join("\n  ", unannounced.stream().map(BreakingChange::toString).toList()));
  }
}
