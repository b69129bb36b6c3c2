package io.dtmonitor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dtmonitor.seed.Actor;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript client in use: the ministry-aggregator example of clients/typescript, compiled by
 * that module's build, runs with Node against the seeded suite and prints the period's regions with
 * the figures the cross-region view holds. The example is compiled with the type-check, so a build
 * that skips the type-check (-Ddtm.lint.skip=true) skips this test.
 */
class TypeScriptAggregatorTest {

  private static final Path EXAMPLE =
      Path.of(System.getProperty("dtm.repository", ".."))
          .resolve("clients/typescript/target/example/examples/ministry-aggregator.js")
          .toAbsolutePath();

  @Test
  void theExamplePullsThePeriodPageByPageAndPrintsEveryRegion() throws Exception {
    assumeTrue(Files.exists(EXAMPLE), EXAMPLE + " is built with the TypeScript type-check");
    SeededSuite.firstImport();

    ProcessBuilder node = new ProcessBuilder("node", EXAMPLE.toString()).redirectErrorStream(true);
    node.environment().put("DTM_INDICATOR_URL", SeededSuite.endpoints().indicator().toString());
    node.environment().put("DTM_TOKEN", new SignedTokens().tokenFor(Actor.MINISTRY));
    node.environment().put("DTM_PERIOD", "2022");
    Process process = node.start();
    String output = read(process);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the example finishes");

    assertEquals(0, process.exitValue(), output);
    List<String> lines = output.lines().toList();
    assertTrue(lines.get(0).startsWith("Cross-region view 2022 (UA): "), output);
    String poltava =
        lines.stream()
            .filter(line -> line.startsWith("UA-53\t"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no Poltava row: " + output));
    assertEquals(
        0, new BigDecimal("21185.7").compareTo(new BigDecimal(poltava.split("\t")[3])), poltava);
    assertTrue(Integer.parseInt(poltava.split("\t")[2]) >= 1, poltava);
  }

  private static String read(Process process) throws IOException {
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
