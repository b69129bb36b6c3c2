package io.dtmonitor.clients.compatibility;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;

/**
 * Finds the changes inside {@code /api/v1} that break existing clients, using openapi-diff's
 * compatibility rules (a retyped response field, a narrowed request type, a new required request
 * field or parameter, a changed security requirement), plus removed operations and removed response
 * fields, optional ones included.
 */
final class BreakingChanges {

  static final String VERSIONED_PREFIX = "/api/v1/";

  private BreakingChanges() {}

  static List<BreakingChange> between(String service, String published, String current) {
    return of(service, OpenApiCompare.fromContents(published, current));
  }

  static List<BreakingChange> between(String service, OpenAPI published, OpenAPI current) {
    return of(service, OpenApiCompare.fromSpecifications(published, current));
  }

  private static List<BreakingChange> of(String service, ChangedOpenApi diff) {
    List<BreakingChange> breaking = new ArrayList<>();
    diff.getMissingEndpoints().stream()
        .filter(endpoint -> endpoint.getPathUrl().startsWith(VERSIONED_PREFIX))
        .forEach(
            endpoint ->
                breaking.add(
                    new BreakingChange(
                        service,
                        endpoint.getMethod().name(),
                        endpoint.getPathUrl(),
                        "operation removed")));
    for (ChangedOperation operation : diff.getChangedOperations()) {
      if (!operation.getPathUrl().startsWith(VERSIONED_PREFIX)) {
        continue;
      }
      List<String> removed = removedResponseFields(operation);
      if (operation.isIncompatible() || !removed.isEmpty()) {
        String what = describe(operation);
        if (!removed.isEmpty()) {
          what += ", response fields removed: " + String.join(", ", removed);
        }
        breaking.add(
            new BreakingChange(
                service, operation.getHttpMethod().name(), operation.getPathUrl(), what));
      }
    }
    return breaking;
  }

  /**
   * Response fields that are gone. openapi-diff flags only removed required fields, but a client
   * reads optional ones too.
   */
  private static List<String> removedResponseFields(ChangedOperation operation) {
    List<String> removed = new ArrayList<>();
    if (operation.getApiResponses() == null) {
      return removed;
    }
    for (ChangedResponse response : operation.getApiResponses().getChanged().values()) {
      if (response.getContent() == null) {
        continue;
      }
      for (ChangedMediaType media : response.getContent().getChanged().values()) {
        collectRemoved(media.getSchema(), "", removed, new HashSet<>());
      }
    }
    return removed;
  }

  private static void collectRemoved(
      ChangedSchema schema, String prefix, List<String> removed, Set<ChangedSchema> seen) {
    if (schema == null || !seen.add(schema)) {
      return;
    }
    schema.getMissingProperties().keySet().forEach(name -> removed.add(prefix + name));
    schema
        .getChangedProperties()
        .forEach((name, property) -> collectRemoved(property, prefix + name + ".", removed, seen));
    collectRemoved(schema.getItems(), prefix + "[].", removed, seen);
  }

  private static String describe(ChangedOperation operation) {
    List<String> parts = new ArrayList<>();
    if (operation.resultRequestBody().isIncompatible()) {
      parts.add("request body");
    }
    if (operation.getParameters() != null && operation.getParameters().isIncompatible()) {
      parts.add("parameters");
    }
    if (operation.resultApiResponses().isIncompatible()) {
      parts.add("responses");
    }
    if (operation.resultSecurityRequirements().isIncompatible()) {
      parts.add("security");
    }
    return parts.isEmpty() ? "changed" : "incompatible " + String.join(", ", parts);
  }
}
