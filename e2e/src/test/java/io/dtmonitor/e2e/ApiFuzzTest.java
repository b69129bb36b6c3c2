package io.dtmonitor.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtmonitor.e2e.ApiOperations.Operation;
import io.dtmonitor.e2e.RunningSuite.Service;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Schema-derived fuzzing of every operation of a service: valid requests built from the fixture,
 * then mutated (junk path ids and query values, removed, retyped or extreme fields, broken or
 * nested bodies, bad If-Match) and sent as legitimate callers. Every answer must be below 500,
 * every error an RFC 9457 problem whose status matches, and every JSON answer must conform to the
 * schema the OpenAPI document declares for its status. {@code -Ddtm.fuzz.requests} sets the
 * requests per service (CI runs 1,000; the long run 50,000), {@code -Ddtm.fuzz.seed} repeats a run.
 */
@Order(6)
class ApiFuzzTest {

  private static final int REQUESTS = Integer.getInteger("dtm.fuzz.requests", 1000);

  /** Counted under this pseudo-status: the server answered with an HTTP/2 GOAWAY. */
  private static final int CONNECTION_CLOSED = 0;

  private static final long SEED = Long.getLong("dtm.fuzz.seed", System.nanoTime());
  private static final List<Caller> CALLERS =
      List.of(Caller.OWN_CDTO, Caller.REVIEWER, Caller.MINISTRY, Caller.ADMIN, Caller.NO_TOKEN);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @EnumSource(Service.class)
  void noMutatedRequestGetsA5xxOrAnUndeclaredAnswer(Service service) throws Exception {
    SeededSuite.firstImport();
    MatrixFixture fixture = MatrixFixture.shared();
    ResponseContract contract = new ResponseContract();
    Random random = new Random(SEED + service.ordinal());
    RequestMutator mutator = new RequestMutator(random);
    List<Operation> operations =
        ApiOperations.all().stream()
            .filter(operation -> operation.service() == service)
            // Rebuilding replays whole topics; calling it thousands of times tests nothing more.
            .filter(operation -> !operation.operationId().startsWith("rebuild"))
            .toList();
    Map<Integer, Integer> statuses = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      Operation operation = operations.get(random.nextInt(operations.size()));
      Caller caller = CALLERS.get(random.nextInt(CALLERS.size()));
      String body = mutator.body(fixture.body(operation));
      String path = mutator.path(fixture.path(operation));
      // A mutated path may reach another operation (or none), whose schema is not this one's.
      Operation answering = path.equals(fixture.path(operation)) ? operation : null;
      String target = path + mutator.query(fixture.query(operation));
      HttpResponse<String> response;
      try {
        response = send(service, operation, caller, target, body, mutator);
      } catch (IOException e) {
        if (!String.valueOf(e.getMessage()).contains("GOAWAY")) {
          throw e;
        }
        // The server closed the HTTP/2 connection: a refusal at the protocol level, not an answer.
        statuses.merge(CONNECTION_CLOSED, 1, Integer::sum);
        System.out.printf(
            "GOAWAY on %s %s as %s with %s%n",
            operation.method(), target, caller, abbreviate(body));
        continue;
      }
      statuses.merge(response.statusCode(), 1, Integer::sum);
      String problem = check(contract, answering, response);
      if (problem != null && failures.size() < 20) {
        failures.add(
            operation.method()
                + " "
                + target
                + " as "
                + caller
                + " with "
                + abbreviate(body)
                + ": "
                + problem);
      }
    }
    System.out.printf(
        "Fuzzed %s: %d requests, seed %d, statuses %s%n", service.module, REQUESTS, SEED, statuses);
    assertTrue(failures.isEmpty(), "seed " + SEED + "\n" + String.join("\n", failures));
  }

  private static String check(
      ResponseContract contract, Operation operation, HttpResponse<String> response)
      throws Exception {
    int status = response.statusCode();
    if (status >= 500) {
      return status + " " + abbreviate(response.body());
    }
    String contentType = response.headers().firstValue("content-type").orElse("");
    // 413, 414 and 431 come from the HTTP layer before any resource runs, with no body.
    if (status >= 400 && !Set.of(413, 414, 431).contains(status)) {
      if (!contentType.startsWith("application/problem+json")) {
        return status + " without problem+json: " + contentType;
      }
      JsonNode problem = JSON.readTree(response.body());
      if (problem.path("status").asInt() != status) {
        return status + " with a problem of status " + problem.path("status");
      }
    }
    if (operation != null && contentType.contains("json") && !response.body().isEmpty()) {
      var violations = contract.violations(operation, status, contentType, response.body());
      if (!violations.isEmpty()) {
        return status + " violates its declared schema: " + ResponseContract.describe(violations);
      }
    }
    return null;
  }

  private static HttpResponse<String> send(
      Service service,
      Operation operation,
      Caller caller,
      String target,
      String body,
      RequestMutator mutator)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(RunningSuite.get().baseUri(service) + target))
            .timeout(Duration.ofSeconds(30))
            .method(
                operation.method(),
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", operation.requestMediaType());
    }
    String ifMatch = operation.takesIfMatch() ? mutator.ifMatch() : null;
    if (ifMatch != null
        && !ifMatch.isBlank()
        && ifMatch.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      request.header("If-Match", ifMatch);
    }
    if (operation.takesIdempotencyKey()) {
      request.header("Idempotency-Key", UUID.randomUUID().toString());
    }
    String token = caller.token();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String abbreviate(String text) {
    if (text == null) {
      return "no body";
    }
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }
}
