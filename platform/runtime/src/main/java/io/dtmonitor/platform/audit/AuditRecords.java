package io.dtmonitor.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtmonitor.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Reads the audit log, oldest first, a page at a time (keyset on the record id). */
@ApplicationScoped
class AuditRecords {

  private final EntityManager entityManager;
  private final ObjectMapper json;

  AuditRecords(EntityManager entityManager, ObjectMapper json) {
    this.entityManager = entityManager;
    this.json = json;
  }

  Page<AuditRecordResponse> find(AuditQuery query) {
    long after = query.page().after(Long::parseLong).orElse(0L);
    StringBuilder sql =
        new StringBuilder(
            """
            select id, recorded_at, actor_subject, actor_region,
                   array_to_string(actor_roles, ',') as roles, client_id, operation, object_type,
                   object_id, object_region, cast(patch as text) as patch, trace_id
            from audit_record where id > :after
            """);
    query.objectType().ifPresent(value -> sql.append(" and object_type = :objectType"));
    query.objectId().ifPresent(value -> sql.append(" and object_id = :objectId"));
    query.actor().ifPresent(value -> sql.append(" and actor_subject = :actor"));
    query.from().ifPresent(value -> sql.append(" and recorded_at >= :from"));
    query.to().ifPresent(value -> sql.append(" and recorded_at < :to"));
    query.region().ifPresent(value -> sql.append(" and object_region = :region"));
    sql.append(" order by id limit :limit");
    Query select = entityManager.createNativeQuery(sql.toString(), Tuple.class);
    select.setParameter("after", after).setParameter("limit", query.page().fetchSize());
    query.objectType().ifPresent(value -> select.setParameter("objectType", value));
    query.objectId().ifPresent(value -> select.setParameter("objectId", value));
    query.actor().ifPresent(value -> select.setParameter("actor", value));
    query.from().ifPresent(value -> select.setParameter("from", utc(value)));
    query.to().ifPresent(value -> select.setParameter("to", utc(value)));
    query.region().ifPresent(value -> select.setParameter("region", value));
    List<AuditRecordResponse> rows = new ArrayList<>();
    for (Object row : select.getResultList()) {
      rows.add(read((Tuple) row));
    }
    return query.page().toPage(rows, record -> Long.toString(record.id()));
  }

  private AuditRecordResponse read(Tuple row) {
    String roles = row.get("roles", String.class);
    try {
      return new AuditRecordResponse(
          row.get("id", Number.class).longValue(),
          instant(row.get("recorded_at")),
          row.get("actor_subject", String.class),
          row.get("actor_region", String.class),
          roles.isEmpty() ? List.of() : List.of(roles.split(",")),
          row.get("client_id", String.class),
          row.get("operation", String.class),
          row.get("object_type", String.class),
          row.get("object_id", String.class),
          row.get("object_region", String.class),
          json.readTree(row.get("patch", String.class)),
          row.get("trace_id", String.class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An audit record's patch cannot be read", e);
    }
  }

  private static Instant instant(Object value) {
    return value instanceof OffsetDateTime moment ? moment.toInstant() : (Instant) value;
  }

  private static OffsetDateTime utc(Instant moment) {
    return OffsetDateTime.ofInstant(moment, ZoneOffset.UTC);
  }
}
