package io.dtmonitor.platform.audit;

import io.dtmonitor.platform.security.RegionAccess;
import io.dtmonitor.platform.security.TokenClaims;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Tells who is making the current change: the caller of the request being served (its token's
 * subject, region claim, roles and client, and the operation it called), or the service itself when
 * no request is active (an event being applied, a scheduled check).
 */
@ApplicationScoped
public class AuditActors {

  private final Instance<SecurityIdentity> identity;
  private final Instance<CurrentOperation> operation;

  public AuditActors(Instance<SecurityIdentity> identity, Instance<CurrentOperation> operation) {
    this.identity = identity;
    this.operation = operation;
  }

  AuditActor current() {
    if (!Arc.container().requestContext().isActive()) {
      return AuditActor.SYSTEM;
    }
    SecurityIdentity caller = identity.get();
    String operationId = operation.get().id().orElse(AuditActor.SYSTEM.operation());
    if (caller.isAnonymous()) {
      return new AuditActor("anonymous", null, List.of(), null, operationId);
    }
    String region = null;
    String client = null;
    if (caller.getPrincipal() instanceof JsonWebToken token) {
      region = TokenClaims.text(token, RegionAccess.REGION_CLAIM).orElse(null);
      client =
          TokenClaims.text(token, "azp")
              .or(() -> TokenClaims.text(token, "client_id"))
              .orElse(null);
    }
    return new AuditActor(
        caller.getPrincipal().getName(),
        region,
        caller.getRoles().stream().sorted().toList(),
        client,
        operationId);
  }
}
