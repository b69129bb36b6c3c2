package io.dtmonitor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dtmonitor.e2e.ApiOperations.Operation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the three OpenAPI documents, called by every kind of caller: the legitimate
 * roles, no token, and forged tokens (expired, wrong issuer or audience, {@code alg: none}, HS/RS
 * key confusion, RS512 with the issuer's key, an unknown key, an ID token instead of an access
 * token, a tampered payload). The expected outcome of each cell is written once in {@code
 * authorization-matrix.tsv}; a refused write must leave the owning service's database exactly as it
 * was, and no cell may answer 5xx. Run with {@code -Ddtm.matrix.write=true} to write the observed
 * matrix for review.
 */
@Order(4)
class AuthorizationMatrixTest {

  private static final Path EXPECTED = Path.of("src/test/resources/authorization-matrix.tsv");
  static final List<Caller> ROLES =
      List.of(
          Caller.OWN_CDTO,
          Caller.OTHER_CDTO,
          Caller.REVIEWER,
          Caller.MINISTRY,
          Caller.ADMIN,
          Caller.NO_TOKEN);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static MatrixFixture fixture;
  private static Map<String, List<String>> expected;

  /** How authorization answered, whatever the state of the object. */
  enum Outcome {
    ALLOWED,
    HIDDEN,
    FORBIDDEN,
    UNAUTHENTICATED;

    static Outcome of(int status) {
      return switch (status) {
        case 401 -> UNAUTHENTICATED;
        case 403 -> FORBIDDEN;
        case 404 -> HIDDEN;
        default -> ALLOWED;
      };
    }

    String label() {
      return name().toLowerCase();
    }
  }

  @BeforeAll
  static void createFixture() throws Exception {
    SeededSuite.firstImport();
    fixture = MatrixFixture.shared();
    expected = read();
  }

  @Test
  void everyOperationAnswersEveryCallerAsWrittenDown() throws Exception {
    Map<String, List<String>> observed = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    for (Operation operation : ApiOperations.all()) {
      List<String> row = new ArrayList<>();
      String before = operation.writes() ? DatabaseFingerprint.settled(operation.service()) : null;
      String forged = null;
      for (Caller caller : Caller.values()) {
        if (!caller.forged()) {
          continue;
        }
        HttpResponse<String> response = call(operation, caller, fixture.body(operation));
        checkNoServerError(operation, caller, response, failures);
        String outcome = Outcome.of(response.statusCode()).label();
        if (forged != null && !forged.equals(outcome)) {
          failures.add(operation.operationId() + " answers forged tokens differently: " + caller);
        }
        forged = outcome;
      }
      Map<Caller, Outcome> outcomes = new LinkedHashMap<>();
      for (Caller caller : refusedFirst(operation)) {
        HttpResponse<String> response = call(operation, caller, fixture.body(operation));
        checkNoServerError(operation, caller, response, failures);
        Outcome outcome = Outcome.of(response.statusCode());
        if (operation.writes()
            && (outcome == Outcome.FORBIDDEN || outcome == Outcome.UNAUTHENTICATED)) {
          String after = DatabaseFingerprint.of(operation.service());
          if (!after.equals(before)) {
            failures.add(
                operation.operationId() + " refused " + caller + " but changed the database");
          }
        }
        outcomes.put(caller, outcome);
      }
      ROLES.forEach(caller -> row.add(outcomes.get(caller).label()));
      row.add(forged);
      observed.put(operation.operationId(), row);
    }
    if (Boolean.getBoolean("dtm.matrix.write")) {
      write(observed);
    }
    assertEquals(
        expected.keySet(),
        observed.keySet(),
        "authorization-matrix.tsv must list exactly the documented operations");
    for (Map.Entry<String, List<String>> entry : observed.entrySet()) {
      List<String> wanted = expected.get(entry.getKey());
      for (int column = 0; column < wanted.size(); column++) {
        if (!wanted.get(column).equals(entry.getValue().get(column))) {
          failures.add(
              entry.getKey()
                  + " for "
                  + header().get(column + 1)
                  + ": expected "
                  + wanted.get(column)
                  + ", got "
                  + entry.getValue().get(column));
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void extraFieldsThatTryToSetIdStatusOrOwnerAreRejectedAndChangeNothing() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> failures = new ArrayList<>();
    for (Operation operation : ApiOperations.all()) {
      String body = fixture.body(operation);
      if (body == null) {
        continue;
      }
      ObjectNode smuggled = (ObjectNode) json.readTree(body);
      for (String field : List.of("id", "status", "owner", "createdBy", "version")) {
        if (!smuggled.has(field)) {
          smuggled.put(field, field.equals("id") ? UUID.randomUUID().toString() : "ACCEPTED");
        }
      }
      String before = DatabaseFingerprint.settled(operation.service());
      HttpResponse<String> response = call(operation, permitted(operation), smuggled.toString());
      if (response.statusCode() != 400 && response.statusCode() != 403) {
        failures.add(
            operation.operationId() + " accepted smuggled fields: " + response.statusCode());
      }
      if (!DatabaseFingerprint.of(operation.service()).equals(before)) {
        failures.add(operation.operationId() + " applied a request with smuggled fields");
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void aBodyNamingAnotherRegionIsRefusedForAScopedCdto() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> failures = new ArrayList<>();
    for (Operation operation : ApiOperations.all()) {
      String body = fixture.body(operation);
      if (body == null || !json.readTree(body).has("regionCode")) {
        continue;
      }
      ObjectNode foreign = (ObjectNode) json.readTree(body);
      foreign.put("regionCode", Caller.OTHER_REGION);
      String before = DatabaseFingerprint.settled(operation.service());
      HttpResponse<String> response = call(operation, Caller.OWN_CDTO, foreign.toString());
      if (response.statusCode() != 403) {
        failures.add(
            operation.operationId() + " let UA-53's CDTO write UA-63: " + response.statusCode());
      }
      if (!DatabaseFingerprint.of(operation.service()).equals(before)) {
        failures.add(operation.operationId() + " changed the database for another region");
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /**
   * The roles in the order they call: those the matrix expects to be refused first, so that the
   * database before them is the one to compare with, then those that may change state.
   */
  private static List<Caller> refusedFirst(Operation operation) {
    List<String> row = expected.get(operation.operationId());
    if (row == null) {
      return ROLES;
    }
    List<Caller> ordered = new ArrayList<>();
    for (boolean allowed : new boolean[] {false, true}) {
      for (int i = 0; i < ROLES.size(); i++) {
        if (row.get(i).equals(Outcome.ALLOWED.label()) == allowed) {
          ordered.add(ROLES.get(i));
        }
      }
    }
    return ordered;
  }

  /** The first role the matrix allows to call the operation. */
  private static Caller permitted(Operation operation) {
    List<String> row = expected.get(operation.operationId());
    for (int i = 0; i < ROLES.size(); i++) {
      if (row.get(i).equals(Outcome.ALLOWED.label())) {
        return ROLES.get(i);
      }
    }
    return Caller.OWN_CDTO;
  }

  private static HttpResponse<String> call(Operation operation, Caller caller, String body)
      throws IOException, InterruptedException {
    URI uri =
        RunningSuite.get()
            .baseUri(operation.service())
            .resolve(fixture.path(operation) + fixture.query(operation));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .method(
                operation.method(),
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", operation.requestMediaType());
    }
    if (operation.takesIfMatch()) {
      request.header("If-Match", "*");
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

  private static void checkNoServerError(
      Operation operation, Caller caller, HttpResponse<String> response, List<String> failures) {
    if (response.statusCode() >= 500) {
      failures.add(
          operation.operationId()
              + " answered "
              + response.statusCode()
              + " to "
              + caller
              + ": "
              + response.body());
    }
  }

  private static List<String> header() {
    List<String> header = new ArrayList<>(List.of("operationId"));
    ROLES.forEach(caller -> header.add(caller.name()));
    header.add("FORGED");
    return header;
  }

  private static Map<String, List<String>> read() throws IOException {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (String line : Files.readAllLines(EXPECTED)) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("operationId")) {
        continue;
      }
      List<String> cells = Arrays.asList(line.split("\t"));
      expected.put(cells.get(0), cells.subList(1, cells.size()));
    }
    return expected;
  }

  private static void write(Map<String, List<String>> observed) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(
        "# Expected authorization outcome of every operation (docs/api/*.yaml) per caller; checked by"
            + " AuthorizationMatrixTest.");
    lines.add(
        "# allowed: passed authorization (2xx, or a 4xx about the request or the object's state);"
            + " hidden: 404; forbidden: 403; unauthenticated: 401.");
    lines.add(
        "# FORGED: expired, wrong issuer, wrong audience, alg none, HS/RS confusion, RS512 instead"
            + " of RS256, unknown key, an ID token, tampered payload (each must answer the same).");
    lines.add(String.join("\t", header()));
    observed.forEach(
        (operation, row) ->
            lines.add(operation + "\t" + row.stream().collect(Collectors.joining("\t"))));
    Files.write(EXPECTED, lines);
  }
}
