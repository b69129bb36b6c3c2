package io.dtmonitor.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** The Kubernetes manifests as {@code kubectl kustomize} renders them. */
final class Kustomize {

  static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();

  private Kustomize() {}

  /** The resources of a kustomization, e.g. {@code deploy/k8s/base}. */
  static List<JsonNode> render(String kustomization) throws Exception {
    Process kubectl =
        new ProcessBuilder("kubectl", "kustomize", kustomization)
            .directory(REPOSITORY.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String rendered = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(kubectl.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize did not finish");
    assertEquals(0, kubectl.exitValue(), "kubectl kustomize " + kustomization + " failed");
    YAMLMapper yaml = new YAMLMapper(new YAMLFactory());
    return yaml.readValues(yaml.createParser(rendered), JsonNode.class).readAll().stream()
        .filter(JsonNode::isObject)
        .collect(Collectors.toList());
  }

  static String kind(JsonNode resource) {
    return resource.path("kind").asText();
  }
}
