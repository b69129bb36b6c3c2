package io.dtmonitor.platform.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The API operation the current request called, by its OpenAPI operation id. */
@RequestScoped
public class CurrentOperation {

  private String id;

  Optional<String> id() {
    return Optional.ofNullable(id);
  }

  void set(String operationId) {
    this.id = operationId;
  }
}
