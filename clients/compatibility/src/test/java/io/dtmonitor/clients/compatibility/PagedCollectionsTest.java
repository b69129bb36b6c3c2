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
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every paged collection says how large a page may be: each operation that takes {@code pageSize}
 * documents its minimum (1) and its maximum, and every answer that hands out a {@code
 * nextPageToken} comes from an operation that takes {@code pageSize}. A generated client then knows
 * the cap before the service refuses a larger page.
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

  private static boolean handsOutPageTokens(OpenAPI api, Operation operation) {
    ApiResponse ok = operation.getResponses().get("200");
    if (ok == null || ok.getContent() == null) {
      return false;
    }
    MediaType json = ok.getContent().get("application/json");
    if (json == null || json.getSchema() == null) {
      return false;
    }
    Schema<?> schema = json.getSchema();
    if (schema.get$ref() != null) {
      String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
      schema = api.getComponents().getSchemas().get(name);
    }
    return schema != null
        && schema.getProperties() != null
        && schema.getProperties().containsKey("nextPageToken");
  }
}
