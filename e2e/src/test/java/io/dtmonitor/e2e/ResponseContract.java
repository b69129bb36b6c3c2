package io.dtmonitor.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.dtmonitor.e2e.ApiOperations.Operation;
import io.dtmonitor.e2e.RunningSuite.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the committed OpenAPI documents declare a response to look like: the JSON Schema of an
 * operation's response for a status (or its {@code default}), checked with the OpenAPI 3.0 dialect
 * (so {@code nullable} means what it says).
 */
final class ResponseContract {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<Service, JsonNode> documents = new EnumMap<>(Service.class);
  private final JsonSchemaFactory factory;
  private final Map<String, JsonSchema> schemas = new java.util.concurrent.ConcurrentHashMap<>();

  ResponseContract() {
    Map<String, String> byIri = new java.util.HashMap<>();
    for (Service service : Service.values()) {
      Path file =
          Path.of(System.getProperty("dtm.repository", ".."))
              .resolve("docs/api/" + service.module + ".yaml");
      try {
        JsonNode document = withNullables(YAML.readTree(file.toFile()));
        documents.put(service, document);
        byIri.put(iri(service), JSON.writeValueAsString(document));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaLoaders(loaders -> loaders.schemas(byIri)));
  }

  /**
   * Violations of the declared schema by a JSON response; empty when it conforms or when the
   * document declares no JSON schema for it.
   */
  Set<ValidationMessage> violations(
      Operation operation, int status, String contentType, String body) throws IOException {
    Optional<String> pointer = schemaPointer(operation, status, contentType);
    if (pointer.isEmpty()) {
      return Set.of();
    }
    JsonSchema schema =
        schemas.computeIfAbsent(
            iri(operation.service()) + "#" + pointer.get(),
            location -> factory.getSchema(SchemaLocation.of(location)));
    return schema.validate(JSON.readTree(body));
  }

  private Optional<String> schemaPointer(Operation operation, int status, String contentType) {
    JsonNode responses =
        documents
            .get(operation.service())
            .path("paths")
            .path(operation.path())
            .path(operation.method().toLowerCase())
            .path("responses");
    String code = responses.has(Integer.toString(status)) ? Integer.toString(status) : "default";
    String media =
        contentType.startsWith("application/problem+json")
            ? "application/problem+json"
            : "application/json";
    JsonNode schema = responses.path(code).path("content").path(media).path("schema");
    if (!schema.has("$ref")) {
      return Optional.empty();
    }
    return Optional.of(schema.path("$ref").asText().substring(1));
  }

  /** Replaces every {@code {..., nullable: true}} by {@code {anyOf: [{type: null}, {...}]}}. */
  static JsonNode withNullables(JsonNode node) {
    if (node instanceof ObjectNode object) {
      ObjectNode copy = JSON.createObjectNode();
      object
          .fields()
          .forEachRemaining(field -> copy.set(field.getKey(), withNullables(field.getValue())));
      if (copy.path("nullable").asBoolean(false)) {
        copy.remove("nullable");
        ObjectNode nullable = JSON.createObjectNode();
        nullable.putArray("anyOf").add(JSON.createObjectNode().put("type", "null")).add(copy);
        return nullable;
      }
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = JSON.createArrayNode();
      array.forEach(element -> copy.add(withNullables(element)));
      return copy;
    }
    return node;
  }

  private static String iri(Service service) {
    return "https://dtmonitor.io/api/" + service.module + ".json";
  }

  static List<String> describe(Set<ValidationMessage> messages) {
    return messages.stream().map(ValidationMessage::getMessage).limit(5).toList();
  }
}
