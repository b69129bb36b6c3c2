package io.dtmonitor.platform.audit;

import java.util.List;

/** Who made a change and through which operation, as an audit record keeps it. */
public record AuditActor(
    String subject, String region, List<String> roles, String clientId, String operation) {

  /** Changes the service makes on its own, outside any request. */
  static final AuditActor SYSTEM = new AuditActor("system", null, List.of(), null, "system");
}
