package io.dtmonitor.e2e;

import io.dtmonitor.e2e.RunningSuite.Service;
import io.dtmonitor.seed.SeedEndpoints;
import io.dtmonitor.seed.SeedImport;
import io.dtmonitor.seed.SeedSummary;
import io.dtmonitor.seed.ServiceClients;
import java.nio.file.Path;

/**
 * The running suite after the repository's {@code data/} has been imported once through the public
 * APIs, shared by the tests that need the seeded data.
 */
final class SeededSuite {

  static final Path DATA =
      Path.of(System.getProperty("dtm.repository", "..")).resolve("data").toAbsolutePath();

  private static SeedSummary firstImport;

  private SeededSuite() {}

  static synchronized SeedSummary firstImport() throws Exception {
    if (firstImport == null) {
      firstImport = runImport();
    }
    return firstImport;
  }

  static SeedSummary runImport() throws Exception {
    return new SeedImport(endpoints(), new SignedTokens(), DATA, System.out).run();
  }

  static SeedEndpoints endpoints() {
    RunningSuite suite = RunningSuite.get();
    return new SeedEndpoints(
        suite.baseUri(Service.PROGRAMME),
        suite.baseUri(Service.REPORTING),
        suite.baseUri(Service.INDICATOR));
  }

  static ServiceClients clients() {
    return new ServiceClients(endpoints(), new SignedTokens());
  }
}
