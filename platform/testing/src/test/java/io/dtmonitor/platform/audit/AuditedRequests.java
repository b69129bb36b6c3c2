package io.dtmonitor.platform.audit;

import io.dtmonitor.platform.problem.ProblemException;
import io.dtmonitor.platform.security.RegionAccess;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A region's named thing whose writes are audited as the services' are: the previous and new
 * representation of each write go to the audit log. {@code ?fail=true} fails the write after its
 * record was appended, so the transaction rolls back with it.
 */
@Path("/probe/audited/{region}/{name}")
public class AuditedRequests {

  /** What a thing looks like. */
  public record Thing(String name, String amount, Map<String, String> labels) {}

  private final Map<String, Thing> things = new ConcurrentHashMap<>();
  private final AuditLog audit;
  private final RegionAccess access;

  public AuditedRequests(AuditLog audit, RegionAccess access) {
    this.audit = audit;
    this.access = access;
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "putThing")
  @Transactional
  public Thing put(
      @PathParam("region") String region,
      @PathParam("name") String name,
      @QueryParam("fail") boolean fail,
      Thing thing) {
    access.requireCdtoOf(region);
    audit.record("thing", name, region, things.get(region + name), thing);
    if (fail) {
      throw ProblemException.conflict("The thing was refused after its audit record");
    }
    things.put(region + name, thing);
    return thing;
  }
}
