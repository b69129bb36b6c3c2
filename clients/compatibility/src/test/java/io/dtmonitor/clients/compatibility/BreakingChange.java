package io.dtmonitor.clients.compatibility;

/**
 * A change to a published operation that can break a client built against the previous document.
 */
record BreakingChange(String service, String method, String path, String what) {

  /** How a CHANGELOG entry names the operation, e.g. {@code GET /api/v1/reports/{id}}. */
  String operation() {
    return method + " " + path;
  }

  @Override
  public String toString() {
    return service + ": " + operation() + " (" + what + ")";
  }
}
