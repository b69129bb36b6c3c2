package io.dtmonitor.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtmonitor.platform.tracing.EventTracing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Appends an audit record for a write, in the write's own transaction, so that a change is never
 * committed without its record nor recorded without being committed. A record says who (the
 * caller's subject, region claim, roles and client), when, through which operation, what object
 * (type, id and region) and what changed, as an RFC 6902 JSON Patch from the object's previous
 * representation to its new one. The representations are the services' API answers, which carry no
 * secrets. A write that changes nothing appends nothing.
 */
@ApplicationScoped
public class AuditLog {

  private final EntityManager entityManager;
  private final ObjectMapper json;
  private final AuditActors actors;
  private final EventTracing tracing;
  private final Clock clock;

  public AuditLog(
      EntityManager entityManager,
      ObjectMapper json,
      AuditActors actors,
      EventTracing tracing,
      Clock clock) {
    this.entityManager = entityManager;
    this.json = json;
    this.actors = actors;
    this.tracing = tracing;
    this.clock = clock;
  }

  /**
   * Records that the object {@code type}/{@code id} of {@code region} went from {@code before}
   * ({@code null} when it was created) to {@code after} ({@code null} when it was removed).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String type, Object id, String region, Object before, Object after) {
    JsonNode patch = JsonPatches.diff(tree(before), tree(after));
    if (patch.isEmpty()) {
      return;
    }
    AuditActor actor = actors.current();
    String traceId = tracing.current().traceId();
    entityManager
        .createNativeQuery(
            """
            insert into audit_record (recorded_at, actor_subject, actor_region, actor_roles,
                                      client_id, operation, object_type, object_id, object_region,
                                      patch, trace_id)
            values (?1, ?2, cast(?3 as varchar), cast(?4 as text[]), cast(?5 as varchar), ?6, ?7,
                    ?8, cast(?9 as varchar), cast(?10 as jsonb), cast(?11 as varchar))
            """)
        .setParameter(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .setParameter(2, actor.subject())
        .setParameter(3, actor.region())
        .setParameter(4, "{" + String.join(",", actor.roles()) + "}")
        .setParameter(5, actor.clientId())
        .setParameter(6, actor.operation())
        .setParameter(7, type)
        .setParameter(8, String.valueOf(id))
        .setParameter(9, region)
        .setParameter(10, write(patch))
        .setParameter(11, traceId)
        .executeUpdate();
  }

  private JsonNode tree(Object state) {
    return state == null ? null : json.valueToTree(state);
  }

  private String write(JsonNode patch) {
    try {
      return json.writeValueAsString(patch);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An audit patch cannot be written", e);
    }
  }
}
