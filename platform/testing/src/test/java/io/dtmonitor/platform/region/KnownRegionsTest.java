package io.dtmonitor.platform.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The regions consumers accept are the regions the services hold: the platform's list and each
 * service's region table (its first migration) name the same codes.
 */
class KnownRegionsTest {

  private static final Pattern INSERTED_CODE =
      Pattern.compile("(?m)^\\('([A-Z]{2}-[0-9A-Z]{2,3})'");

  @ParameterizedTest
  @ValueSource(strings = {"programme-service", "indicator-service"})
  void thePlatformListIsTheServicesRegionTable(String service) throws IOException {
    Path migration = Path.of("../..", service, "src/main/resources/db/migration/V1__regions.sql");
    Set<String> inTable = new TreeSet<>();
    Matcher codes = INSERTED_CODE.matcher(Files.readString(migration));
    while (codes.find()) {
      inTable.add(codes.group(1));
    }
    assertEquals(28, inTable.size(), "27 subdivisions of Ukraine and Orenburg oblast");
    assertEquals(inTable, new KnownRegions().codes());
    assertTrue(
        inTable.size() <= KnownRegions.CAPACITY,
        "per-region lists document at most " + KnownRegions.CAPACITY + " regions");
  }
}
