package io.dtmonitor.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The policy the Kubernetes manifests must keep, checked on what {@code kubectl kustomize} renders:
 * the base ships no user and no secret and a realm that is safe on its own; every pod of either
 * rendering runs under the restricted Pod Security Standard with limits and without a service
 * account token; a default-deny NetworkPolicy covers the namespace and every workload has policies
 * of its own.
 */
class ManifestPolicyTest {

  private static final String DEMO_ONLY = "dtmonitor.io/demo-only";

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void theBaseShipsNoUserAndNoSecret() throws Exception {
    List<JsonNode> base = Kustomize.render("deploy/k8s/base");
    assertTrue(
        base.stream().noneMatch(resource -> kind(resource).equals("Secret")),
        "the base renders a Secret");
    JsonNode realm = realm(base);
    for (JsonNode user : realm.path("users")) {
      assertTrue(
          user.hasNonNull("serviceAccountClientId"),
          "the base realm has a user: " + user.path("username").asText());
      assertFalse(user.has("credentials"), "a service account with credentials");
    }
    for (JsonNode client : realm.path("clients")) {
      String id = client.path("clientId").asText();
      if (client.has("secret")) {
        assertTrue(
            client.path("secret").asText().matches("\\$\\{[A-Z_]+}"),
            id + " has a secret in the base instead of a placeholder the environment fills");
      }
      if (client.path("publicClient").asBoolean()) {
        assertFalse(
            client.path("directAccessGrantsEnabled").asBoolean(),
            id + " allows the password grant");
        assertEquals(
            "S256",
            client.path("attributes").path("pkce.code.challenge.method").asText(),
            id + " does not require PKCE S256");
      }
    }
  }

  @Test
  void theBaseRealmIsSafeOnItsOwn() throws Exception {
    JsonNode realm = realm(Kustomize.render("deploy/k8s/base"));
    assertEquals("external", realm.path("sslRequired").asText());
    assertTrue(realm.path("bruteForceProtected").asBoolean(), "brute-force protection is off");
    assertTrue(
        realm.path("passwordPolicy").asText().contains("length("), "no password length policy");
    assertFalse(realm.path("registrationAllowed").asBoolean(), "anyone may register");
  }

  @Test
  void demoUsersAndSecretsAreOnlyInTheLocalOverlayAndLabelledSo() throws Exception {
    List<JsonNode> local = Kustomize.render("deploy/k8s/overlays/local");
    List<JsonNode> secrets =
        local.stream().filter(resource -> kind(resource).equals("Secret")).toList();
    assertFalse(secrets.isEmpty(), "the local overlay brings its demo secrets");
    for (JsonNode secret : secrets) {
      assertEquals(
          "true", secret.path("metadata").path("labels").path(DEMO_ONLY).asText(), name(secret));
    }
    JsonNode demo =
        json.readTree(
            configMap(local, "dtm-keycloak-demo").path("data").path("dtm-demo.json").asText());
    assertFalse(demo.path("users").isEmpty(), "the local overlay has no demo users");
  }

  @Test
  void everyPodRunsRestricted() throws Exception {
    for (String rendering : List.of("deploy/k8s/base", "deploy/k8s/overlays/local")) {
      List<JsonNode> resources = Kustomize.render(rendering);
      JsonNode namespace =
          resources.stream().filter(r -> kind(r).equals("Namespace")).findFirst().orElseThrow();
      assertEquals(
          "restricted",
          namespace
              .path("metadata")
              .path("labels")
              .path("pod-security.kubernetes.io/enforce")
              .asText(),
          rendering);
      List<String> violations = new ArrayList<>();
      for (JsonNode workload : workloads(resources)) {
        violations.addAll(podViolations(workload));
      }
      assertEquals(List.of(), violations, rendering);
    }
  }

  @Test
  void aDefaultDenyPolicyCoversTheNamespaceAndEveryWorkloadHasItsOwn() throws Exception {
    for (String rendering : List.of("deploy/k8s/base", "deploy/k8s/overlays/local")) {
      List<JsonNode> resources = Kustomize.render(rendering);
      List<JsonNode> policies =
          resources.stream().filter(r -> kind(r).equals("NetworkPolicy")).toList();
      assertTrue(
          policies.stream().anyMatch(ManifestPolicyTest::isDefaultDeny),
          rendering + " has no default-deny NetworkPolicy");
      for (JsonNode workload : workloads(resources)) {
        JsonNode labels = template(workload).path("metadata").path("labels");
        boolean allowed =
            policies.stream()
                .filter(policy -> !isDefaultDeny(policy))
                .filter(policy -> !policy.path("spec").path("podSelector").isEmpty())
                .anyMatch(policy -> selects(policy.path("spec").path("podSelector"), labels));
        assertTrue(allowed, rendering + ": no NetworkPolicy names " + name(workload));
      }
    }
  }

  private static List<String> podViolations(JsonNode workload) {
    List<String> violations = new ArrayList<>();
    String name = name(workload);
    JsonNode pod = template(workload).path("spec");
    boolean demoOnly =
        template(workload).path("metadata").path("labels").path(DEMO_ONLY).asText().equals("true");
    if (pod.path("automountServiceAccountToken").asBoolean(true)) {
      violations.add(name + ": service account token mounted");
    }
    if (!pod.path("securityContext").path("runAsNonRoot").asBoolean()) {
      violations.add(name + ": may run as root");
    }
    if (!pod.path("securityContext")
        .path("seccompProfile")
        .path("type")
        .asText()
        .equals("RuntimeDefault")) {
      violations.add(name + ": no RuntimeDefault seccomp profile");
    }
    List<JsonNode> containers = new ArrayList<>();
    pod.path("containers").forEach(containers::add);
    pod.path("initContainers").forEach(containers::add);
    for (JsonNode container : containers) {
      String where = name + "/" + container.path("name").asText();
      JsonNode context = container.path("securityContext");
      if (context.path("allowPrivilegeEscalation").asBoolean(true)) {
        violations.add(where + ": privilege escalation allowed");
      }
      if (!context.path("readOnlyRootFilesystem").asBoolean() && !demoOnly) {
        violations.add(where + ": writable root filesystem");
      }
      JsonNode dropped = context.path("capabilities").path("drop");
      if (!(dropped.isArray() && dropped.toString().contains("\"ALL\""))) {
        violations.add(where + ": capabilities not dropped");
      }
      JsonNode limits = container.path("resources").path("limits");
      if (!limits.has("cpu") || !limits.has("memory")) {
        violations.add(where + ": no CPU and memory limits");
      }
      if (!container.path("resources").path("requests").has("memory")) {
        violations.add(where + ": no memory request");
      }
    }
    return violations;
  }

  private static boolean isDefaultDeny(JsonNode policy) {
    JsonNode spec = policy.path("spec");
    return spec.path("podSelector").isEmpty()
        && spec.path("policyTypes").toString().contains("Ingress")
        && spec.path("policyTypes").toString().contains("Egress")
        && !spec.has("ingress")
        && !spec.has("egress");
  }

  private static boolean selects(JsonNode selector, JsonNode labels) {
    Iterator<Map.Entry<String, JsonNode>> required = selector.path("matchLabels").fields();
    while (required.hasNext()) {
      Map.Entry<String, JsonNode> label = required.next();
      if (!labels.path(label.getKey()).asText().equals(label.getValue().asText())) {
        return false;
      }
    }
    for (JsonNode expression : selector.path("matchExpressions")) {
      String value = labels.path(expression.path("key").asText()).asText(null);
      boolean in = expression.path("values").toString().contains("\"" + value + "\"");
      if (expression.path("operator").asText().equals("In") && (value == null || !in)) {
        return false;
      }
    }
    return true;
  }

  private static List<JsonNode> workloads(List<JsonNode> resources) {
    return resources.stream()
        .filter(r -> List.of("Deployment", "StatefulSet", "DaemonSet", "Job").contains(kind(r)))
        .toList();
  }

  private static JsonNode template(JsonNode workload) {
    return workload.path("spec").path("template");
  }

  private JsonNode realm(List<JsonNode> resources) throws IOException {
    return json.readTree(
        configMap(resources, "dtm-keycloak-realm").path("data").path("dtm-realm.json").asText());
  }

  private static JsonNode configMap(List<JsonNode> resources, String prefix) {
    return resources.stream()
        .filter(r -> kind(r).equals("ConfigMap"))
        .filter(r -> r.path("metadata").path("name").asText().startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no ConfigMap " + prefix));
  }

  private static String kind(JsonNode resource) {
    return resource.path("kind").asText();
  }

  private static String name(JsonNode resource) {
    return kind(resource) + " " + resource.path("metadata").path("name").asText();
  }
}
