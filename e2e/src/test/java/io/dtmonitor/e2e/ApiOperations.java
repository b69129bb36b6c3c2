package io.dtmonitor.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dtmonitor.e2e.RunningSuite.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every operation of the committed OpenAPI documents, in document order. */
final class ApiOperations {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  /** One operation: where it lives and what it requires. */
  record Operation(
      Service service,
      String operationId,
      String method,
      String path,
      boolean securityDeclared,
      List<String> requiredQuery,
      boolean takesIfMatch,
      boolean takesIdempotencyKey,
      String requestMediaType) {

    boolean writes() {
      return !method.equals("GET");
    }
  }

  private ApiOperations() {}

  static List<Operation> all() {
    List<Operation> operations = new ArrayList<>();
    for (Service service : Service.values()) {
      operations.addAll(of(service));
    }
    return operations;
  }

  private static List<Operation> of(Service service) {
    Path document =
        Path.of(System.getProperty("dtm.repository", ".."))
            .resolve("docs/api/" + service.module + ".yaml");
    JsonNode api;
    try {
      api = new ObjectMapper(new YAMLFactory()).readTree(document.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Operation> operations = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
      while (methods.hasNext()) {
        Map.Entry<String, JsonNode> entry = methods.next();
        if (!METHODS.contains(entry.getKey())) {
          continue;
        }
        JsonNode operation = entry.getValue();
        List<String> requiredQuery = new ArrayList<>();
        boolean ifMatch = false;
        boolean idempotencyKey = false;
        for (JsonNode parameter : operation.path("parameters")) {
          String name = parameter.path("name").asText();
          String in = parameter.path("in").asText();
          if (in.equals("query") && parameter.path("required").asBoolean()) {
            requiredQuery.add(name);
          }
          ifMatch |= in.equals("header") && name.equals("If-Match");
          idempotencyKey |= in.equals("header") && name.equals("Idempotency-Key");
        }
        operations.add(
            new Operation(
                service,
                operation.path("operationId").asText(),
                entry.getKey().toUpperCase(),
                path.getKey(),
                operation.has("security"),
                requiredQuery,
                ifMatch,
                idempotencyKey,
                requestMediaType(operation)));
      }
    }
    return operations;
  }

  /** The media type the operation's body is declared in: the first, or JSON when it has none. */
  private static String requestMediaType(JsonNode operation) {
    Iterator<String> types = operation.path("requestBody").path("content").fieldNames();
    return types.hasNext() ? types.next() : "application/json";
  }
}
