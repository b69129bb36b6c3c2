package io.dtmonitor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtmonitor.e2e.RunningSuite.Service;
import io.dtmonitor.platform.testing.Tokens;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * docs/quickstart.md as executable documentation: every {@code bash} block of it, in order, in one
 * shell, against the packaged services with the seed data, as a Kharkiv CDTO, its reviewer and the
 * ministry's aggregator (their tokens signed by the test issuer instead of fetched from Keycloak,
 * which the {@code sh} blocks do). A block that fails, or an answer that is not what the guide
 * says, fails the test with the script's output. It runs after the suites that read the seeded
 * Kharkiv programme as imported, since the guide amends it.
 */
@Order(8)
class QuickStartTest {

  private static final Path GUIDE =
      Path.of(System.getProperty("dtm.repository", "..")).resolve("docs/quickstart.md");
  private static final Pattern BASH_BLOCK =
      Pattern.compile("^```bash\\n(.*?)^```$", Pattern.DOTALL | Pattern.MULTILINE);

  @Test
  void everyBlockOfTheQuickStartRunsAsWritten() throws Exception {
    SeededSuite.firstImport();
    List<String> blocks = blocks(Files.readString(GUIDE, StandardCharsets.UTF_8));
    assertTrue(blocks.size() >= 10, "the guide's bash blocks: " + blocks.size());

    Path output = Files.createTempFile("quickstart", ".log");
    ProcessBuilder bash =
        new ProcessBuilder("bash", "-euo", "pipefail", "-c", String.join("\n", blocks))
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    Map<String, String> environment = bash.environment();
    RunningSuite suite = RunningSuite.get();
    environment.put("PROGRAMMES", address(suite, Service.PROGRAMME));
    environment.put("REPORTING", address(suite, Service.REPORTING));
    environment.put("INDICATORS", address(suite, Service.INDICATOR));
    environment.put("CDTO_TOKEN", Tokens.cdto("UA-63"));
    environment.put("REVIEWER_TOKEN", Tokens.reviewer("UA-63"));
    environment.put("MINISTRY_TOKEN", Tokens.ministry());
    Process process = bash.start();
    boolean finished = process.waitFor(3, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String log = Files.readString(output, StandardCharsets.UTF_8);
    System.out.println(log);
    assertTrue(finished, "the guide did not finish within 3 minutes:\n" + log);
    assertEquals(0, process.exitValue(), "a block of docs/quickstart.md failed:\n" + log);
    assertTrue(log.contains("2026-Q1 ACCEPTED; 1.1 spent 98.5"), log);
    assertTrue(log.contains("2026 UA-63 DT_PROGRAMME_DIRECTIONS 1.0 FINAL"), log);
  }

  private static List<String> blocks(String guide) {
    List<String> blocks = new ArrayList<>();
    Matcher block = BASH_BLOCK.matcher(guide);
    while (block.find()) {
      blocks.add(block.group(1));
    }
    return blocks;
  }

  private static String address(RunningSuite suite, Service service) {
    String uri = suite.baseUri(service).toString();
    return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
  }
}
