package io.dtmonitor.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The images the build makes are the images the manifests run, checked without a container engine:
 * deploy/images/Dockerfile.jvm copies what each service's package produces, runs as the user the
 * pods require, exposes and health-checks the ports the pods name, sizes the heap from the memory
 * limit, and build.sh tags each image with the name and tag deploy/k8s/base deploys.
 */
class ImagesTest {

  private static final Path DOCKERFILE =
      Kustomize.REPOSITORY.resolve("deploy/images/Dockerfile.jvm");
  private static final Path BUILD = Kustomize.REPOSITORY.resolve("deploy/images/build.sh");
  private static final Pattern COPY = Pattern.compile("^COPY (?:--chown=\\S+ )?(\\S+) (\\S+)$");
  private static final Pattern DEFAULT_TAG = Pattern.compile("TAG=\"\\$\\{1:-([^}]+)}\"");

  @ParameterizedTest
  @ValueSource(strings = {"programme-service", "reporting-service", "indicator-service"})
  void theImageIsBuiltFromWhatTheServicePackagesAndRunsAsItsPodRequires(String service)
      throws Exception {
    List<String> instructions = instructions();
    JsonNode deployment = deployment(service);
    JsonNode pod = deployment.path("spec").path("template").path("spec");
    JsonNode container = pod.path("containers").get(0);

    List<String> copied = new ArrayList<>();
    for (String instruction : instructions) {
      Matcher copy = COPY.matcher(instruction);
      if (copy.matches()) {
        copied.add(copy.group(1));
        Path source =
            Kustomize.REPOSITORY
                .resolve(service)
                .resolve(copy.group(1).replace("*.jar", "quarkus-run.jar"));
        assertTrue(Files.exists(source), service + " has no " + source + " to copy after package");
      }
    }
    assertEquals(4, copied.size(), "the four parts of the fast-jar: " + copied);

    String from = argument(instructions, "FROM");
    assertTrue(
        from.matches("[^:@]+(:[^:]+|@sha256:[0-9a-f]{64})") && !from.endsWith(":latest"),
        "the base is pinned: " + from);
    assertEquals(
        pod.path("securityContext").path("runAsUser").asText(),
        argument(instructions, "USER"),
        "the image's user is the pod's runAsUser");

    List<String> exposed = List.of(argument(instructions, "EXPOSE").split(" "));
    for (JsonNode port : container.path("ports")) {
      assertTrue(exposed.contains(port.path("containerPort").asText()), "EXPOSE lacks " + port);
    }
    String managementPort = port(container, "management");
    assertTrue(
        argument(instructions, "HEALTHCHECK")
            .contains("http://localhost:" + managementPort + "/q/health/ready"),
        "the health check asks readiness on the management port " + managementPort);
    assertTrue(
        instructions.stream()
            .anyMatch(
                i -> i.startsWith("ENV JAVA_OPTS_APPEND=") && i.contains("-XX:MaxRAMPercentage=")),
        "the heap follows the memory limit");
    assertTrue(
        container.path("resources").path("limits").has("memory"), "the pod sets a memory limit");

    Matcher tag = DEFAULT_TAG.matcher(Files.readString(BUILD));
    assertTrue(tag.find(), "build.sh has a default tag");
    assertEquals(
        "dtmonitor/" + service + ":" + tag.group(1),
        container.path("image").asText(),
        "the base deploys the image build.sh makes");
  }

  /** The Dockerfile's instructions, each on one line, without comments. */
  private static List<String> instructions() throws Exception {
    List<String> instructions = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Files.readAllLines(DOCKERFILE)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      if (trimmed.endsWith("\\")) {
        current.append(trimmed, 0, trimmed.length() - 1).append(' ');
        continue;
      }
      instructions.add(current.append(trimmed).toString().replaceAll("\\s+", " "));
      current.setLength(0);
    }
    return instructions;
  }

  private static String argument(List<String> instructions, String keyword) {
    return instructions.stream()
        .filter(i -> i.startsWith(keyword + " "))
        .map(i -> i.substring(keyword.length() + 1))
        .reduce((first, last) -> last)
        .orElseThrow(() -> new AssertionError("the Dockerfile has no " + keyword));
  }

  private static JsonNode deployment(String service) throws Exception {
    return Kustomize.render("deploy/k8s/base").stream()
        .filter(r -> Kustomize.kind(r).equals("Deployment"))
        .filter(r -> r.path("metadata").path("name").asText().equals(service))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the base has no Deployment " + service));
  }

  private static String port(JsonNode container, String name) {
    for (JsonNode port : container.path("ports")) {
      if (port.path("name").asText().equals(name)) {
        return port.path("containerPort").asText();
      }
    }
    throw new AssertionError("no port " + name);
  }
}
