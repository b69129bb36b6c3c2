package io.dtmonitor.programme.version;

import static io.dtmonitor.programme.version.VersionRequests.adoptedPoltavaProgramme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtmonitor.platform.testing.StatementCounts;
import io.dtmonitor.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Reading a version costs the same number of SQL statements however many measures and budget lines
 * it holds, and listing versions however many there are: no query per row (N+1). Poltava's version
 * 1 states its totals only; version 2 has 30 measures and 89 budget lines.
 */
@QuarkusTest
class ReadCostTest {

  @Test
  void aVersionIsReadInAsManyStatementsWhateverItsSize() {
    String programme = adoptedPoltavaProgramme();
    String versions = "/api/v1/programmes/" + programme + "/versions/";
    for (String read : new String[] {"", "/document", "/findings"}) {
      int small = StatementCounts.ofGet(null, versions + 1 + read);
      int large = StatementCounts.ofGet(null, versions + 2 + read);
      assertTrue(small > 0, "statements are counted");
      assertEquals(small, large, "version 2 read as version 1, " + read);
    }
    assertEquals(
        StatementCounts.ofGet(null, "/api/v1/programmes/" + programme + "/diff?from=1&to=1"),
        StatementCounts.ofGet(null, "/api/v1/programmes/" + programme + "/diff?from=1&to=2"));
  }

  @Test
  void versionsAreListedInAsManyStatementsHoweverManyThereAre() {
    String oneVersion = VersionRequests.registerPoltavaProgramme();
    VersionRequests.importDraft(
            oneVersion, DataFiles.read("poltava-digital-2021-2023/v1.json"), null)
        .then()
        .statusCode(201);
    String threeVersions = adoptedPoltavaProgramme();
    VersionRequests.poltava()
        .post("/api/v1/programmes/" + threeVersions + "/draft")
        .then()
        .statusCode(201);
    String cdto = Tokens.cdto(VersionRequests.POLTAVA);
    int one = StatementCounts.ofGet(cdto, "/api/v1/programmes/" + oneVersion + "/versions");
    assertTrue(one > 0, "statements are counted");
    assertEquals(
        one, StatementCounts.ofGet(cdto, "/api/v1/programmes/" + threeVersions + "/versions"));
  }
}
