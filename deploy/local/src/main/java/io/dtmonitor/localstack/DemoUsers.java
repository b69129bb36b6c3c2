package io.dtmonitor.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Adds the demo users and the password-grant client ({@code
 * deploy/k8s/overlays/local/keycloak/dtm-demo.json}) to the running Keycloak through its admin
 * API's partial import, as the local Kubernetes overlay's job does. The shipped realm holds
 * neither; resources that already exist are skipped, so a restart of the stack repeats it safely.
 */
final class DemoUsers {

  private static final String BASE = "http://127.0.0.1:" + Keycloak.PORT;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();

  void importInto(StackPaths paths) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(BASE + "/admin/realms/dtm/partialImport"))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + adminToken())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofFile(paths.demoRealmFile()))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "Keycloak refused the demo users (" + response.statusCode() + "): " + response.body());
    }
  }

  private String adminToken() throws IOException, InterruptedException {
    String form =
        "grant_type=password&client_id=admin-cli&username=admin&password="
            + URLEncoder.encode(Keycloak.ADMIN_PASSWORD, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(BASE + "/realms/master/protocol/openid-connect/token"))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    JsonNode token = json.readTree(response.body()).path("access_token");
    if (response.statusCode() != 200 || token.isMissingNode()) {
      throw new IllegalStateException(
          "Keycloak's admin sign-in failed (" + response.statusCode() + ")");
    }
    return token.asText();
  }
}
