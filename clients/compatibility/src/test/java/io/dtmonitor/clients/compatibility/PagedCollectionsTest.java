package io.dtmonitor.clients.compatibility;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every read is bounded, and says so: each operation that takes {@code pageSize} documents its
 * minimum (1) and its maximum, every answer that hands out a {@code nextPageToken} comes from an
 * operation that takes {@code pageSize}, and every other array anywhere in a read's answer
 * documents its {@code maxItems} (backed by a write limit). A generated client then knows the cap
 * before the service refuses a larger page, and no answer grows without bound.
 */
class PagedCollectionsTest {

  private static final Path REPOSITORY =
      Path.of(System.getProperty("dtm.repository", "../..")).toAbsolutePath().normalize();

  @ParameterizedTest
  @ValueSource(strings = {"programme-service", "reporting-service", "indicator-service"})
  void everyPageSizeIsCapped(String service) {
    OpenAPI api =
        new OpenAPIV3Parser().read(REPOSITORY.resolve("docs/api/" + service + ".yaml").toString());
    List<String> failures = new ArrayList<>();
    api.getPaths()
        .forEach(
            (path, item) -> {
              Operation get = item.getGet();
              if (get == null) {
                return;
              }
              Optional<Parameter> pageSize =
                  Optional.ofNullable(get.getParameters()).orElse(List.of()).stream()
                      .filter(p -> "query".equals(p.getIn()) && "pageSize".equals(p.getName()))
                      .findFirst();
              if (pageSize.isPresent()) {
                Schema<?> schema = pageSize.get().getSchema();
                if (schema == null
                    || schema.getMinimum() == null
                    || schema.getMinimum().compareTo(BigDecimal.ONE) != 0
                    || schema.getMaximum() == null) {
                  failures.add(get.getOperationId() + ": pageSize without minimum 1 and a maximum");
                }
              } else if (handsOutPageTokens(api, get)) {
                failures.add(get.getOperationId() + ": a nextPageToken without a pageSize");
              }
            });
    assertTrue(failures.isEmpty(), service + ":\n  " + String.join("\n  ", failures));
  }

  @ParameterizedTest
  @ValueSource(strings = {"programme-service", "reporting-service", "indicator-service"})
  void everyArrayInAReadIsPagedOrCapped(String service) {
    OpenAPI api =
        new OpenAPIV3Parser().read(REPOSITORY.resolve("docs/api/" + service + ".yaml").toString());
    Set<String> unbounded = new TreeSet<>();
    api.getPaths()
        .forEach(
            (path, item) -> {
              Operation get = item.getGet();
              ApiResponse ok = get == null ? null : get.getResponses().get("200");
              if (ok == null || ok.getContent() == null) {
                return;
              }
              boolean paged =
                  Optional.ofNullable(get.getParameters()).orElse(List.of()).stream()
                      .anyMatch(p -> "pageSize".equals(p.getName()));
              ok.getContent()
                  .forEach(
                      (type, media) ->
                          answerArrays(api, media.getSchema(), get.getOperationId(), paged)
                              .forEach(unbounded::add));
            });
    assertTrue(
        unbounded.isEmpty(),
        service
            + ": arrays neither paged nor capped with maxItems:\n  "
            + String.join("\n  ", unbounded));
  }

  /**
   * The unbounded arrays of one answer. On a paged operation one array property of the answer is
   * the page, bounded by {@code pageSize}; every other array must document {@code maxItems}.
   */
  private static List<String> answerArrays(
      OpenAPI api, Schema<?> answer, String operation, boolean paged) {
    List<String> unbounded = new ArrayList<>();
    Set<String> visited = new HashSet<>();
    Schema<?> resolved = resolve(api, answer);
    if (!paged || resolved.getProperties() == null) {
      unboundedArrays(api, answer, operation, visited, unbounded);
      return unbounded;
    }
    List<String> pages = new ArrayList<>();
    resolved
        .getProperties()
        .forEach(
            (name, property) -> {
              String where = operation + "." + name;
              if (property.getItems() != null && property.getMaxItems() == null) {
                pages.add(name);
                unboundedArrays(api, property.getItems(), where + "[]", visited, unbounded);
              } else {
                unboundedArrays(api, property, where, visited, unbounded);
              }
            });
    if (pages.size() > 1) {
      unbounded.add(operation + ": more than one array could be the page: " + pages);
    }
    return unbounded;
  }

  /** Collects the arrays without {@code maxItems} reachable from {@code schema}. */
  private static void unboundedArrays(
      OpenAPI api, Schema<?> schema, String where, Set<String> visited, List<String> unbounded) {
    if (schema == null) {
      return;
    }
    if (schema.get$ref() != null) {
      String name = componentName(schema);
      if (visited.add(name)) {
        unboundedArrays(api, api.getComponents().getSchemas().get(name), name, visited, unbounded);
      }
      return;
    }
    for (List<Schema> parts :
        Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
      for (Schema<?> part : Optional.ofNullable(parts).orElse(List.of())) {
        unboundedArrays(api, part, where, visited, unbounded);
      }
    }
    if (schema.getItems() != null) {
      if (schema.getMaxItems() == null) {
        unbounded.add(where);
      }
      unboundedArrays(api, schema.getItems(), where + "[]", visited, unbounded);
    }
    if (schema.getProperties() != null) {
      schema
          .getProperties()
          .forEach(
              (name, property) ->
                  unboundedArrays(api, property, where + "." + name, visited, unbounded));
    }
  }

  private static Schema<?> resolve(OpenAPI api, Schema<?> schema) {
    return schema.get$ref() == null
        ? schema
        : api.getComponents().getSchemas().get(componentName(schema));
  }

  private static String componentName(Schema<?> schema) {
    return schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
  }

  private static boolean handsOutPageTokens(OpenAPI api, Operation operation) {
    ApiResponse ok = operation.getResponses().get("200");
    if (ok == null || ok.getContent() == null) {
      return false;
    }
    MediaType json = ok.getContent().get("application/json");
    if (json == null || json.getSchema() == null) {
      return false;
    }
    Schema<?> schema = resolve(api, json.getSchema());
    return schema != null
        && schema.getProperties() != null
        && schema.getProperties().containsKey("nextPageToken");
  }
}
