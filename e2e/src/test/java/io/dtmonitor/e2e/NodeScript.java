package io.dtmonitor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A script of {@code src/test/js} run with Node.js and the packages the build installed (playwright
 * core, datapackage-js): it prints one JSON object, which the test asserts on; a script that fails
 * fails the test with what it printed.
 */
final class NodeScript {

  private NodeScript() {}

  static JsonNode run(String script, String... arguments) throws IOException, InterruptedException {
    Path errors = Files.createTempFile(script, ".err");
    try {
      List<String> command = new ArrayList<>(List.of("node", path(script).toString()));
      command.addAll(List.of(arguments));
      ProcessBuilder node = new ProcessBuilder(command).redirectError(errors.toFile());
      node.environment().put("NODE_PATH", System.getProperty("dtm.node.modules"));
      Process process = node.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(process.waitFor(120, TimeUnit.SECONDS), script + " did not finish");
      assertEquals(
          0,
          process.exitValue(),
          script + " failed; output: " + output + "; errors: " + Files.readString(errors));
      return new ObjectMapper().readTree(output);
    } finally {
      Files.deleteIfExists(errors);
    }
  }

  private static Path path(String script) {
    return Path.of("src/test/js").resolve(script).toAbsolutePath();
  }
}
