package io.dtmonitor.indicator.export;

import static io.dtmonitor.platform.http.Decimals.normalize;

import io.dtmonitor.platform.persistence.SqlTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The recorded values of the export, a chunk at a time in export order. Each chunk is one indexed
 * range scan that starts after the last key returned, so a page deep into millions of values costs
 * what the first page costs, and no request holds more than a chunk in memory.
 */
@ApplicationScoped
public class ExportRepository {

  /** Export order; "C" so the database orders codes as {@link ExportKey} does. */
  private static final String ORDER =
      "o.recorded_at, o.region_code collate \"C\", o.indicator_code collate \"C\", o.period collate \"C\"";

  private final EntityManager entityManager;

  public ExportRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Makes the current transaction one read-only snapshot; its first statement must be this. */
  public void readOnlySnapshot() {
    entityManager
        .createNativeQuery("set transaction isolation level repeatable read, read only")
        .executeUpdate();
  }

  /**
   * Up to {@code limit} current values (the latest revision recorded by {@code asOf} of each region
   * x indicator x period) that match the filter and sort after {@code after}, with the target that
   * applies to each value's year.
   */
  public List<ExportRow> chunk(
      ExportService.Filter filter, Instant asOf, Optional<ExportKey> after, int limit) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(asOf);
    StringBuilder where = new StringBuilder("o.recorded_at <= ?1");
    filter.period().ifPresent(p -> condition(where, parameters, "o.period = ?", p));
    filter.region().ifPresent(r -> condition(where, parameters, "o.region_code = ?", r));
    filter.indicator().ifPresent(i -> condition(where, parameters, "o.indicator_code = ?", i));
    filter.updatedSince().ifPresent(s -> condition(where, parameters, "o.recorded_at > ?", s));
    after.ifPresent(
        key -> {
          int first = parameters.size() + 1;
          where.append(
              " and (o.recorded_at, o.region_code collate \"C\", o.indicator_code collate \"C\","
                  + " o.period collate \"C\") > (?%d, ?%d, ?%d, ?%d)"
                      .formatted(first, first + 1, first + 2, first + 3));
          parameters.add(key.revisedAt());
          parameters.add(key.regionCode());
          parameters.add(key.indicatorCode());
          parameters.add(key.period());
        });
    Query query =
        entityManager.createNativeQuery(
            """
            select o.period, o.region_code, r.katottg, o.indicator_code, o.value, i.unit, t.target_value,
                   o.status, o.methodology, o.recorded_at
              from observation o
              join indicator i on i.code = o.indicator_code
              left join region r on r.code = o.region_code
              left join lateral (
                   select target_value from target
                    where target.region_code = o.region_code and target.indicator_code = o.indicator_code
                      and target.target_year >= cast(substring(o.period, 1, 4) as integer)
                    order by target.target_year limit 1) t on true
             where %s
               and (o.superseded_at is null or o.superseded_at > ?1)
             order by %s
             limit %d
            """
                .formatted(where, ORDER, limit));
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(ExportRepository::row).toList();
  }

  /**
   * Keeps the current transaction's chunk queries in one process. A chunk reads a thousand rows by
   * index, which costs less than starting parallel workers, yet at millions of values PostgreSQL
   * planned chunks with two (85 ms a chunk against 19 ms without, and worse where the workers share
   * the database's one core). The plan a connection caches for the statement is the one made here,
   * so every transaction that reads chunks sets this before its first.
   */
  public void withoutParallelWorkers() {
    entityManager
        .createNativeQuery("set local max_parallel_workers_per_gather = 0")
        .executeUpdate();
  }

  private static void condition(
      StringBuilder where, List<Object> parameters, String predicate, Object value) {
    parameters.add(value);
    where.append(" and ").append(predicate).append(parameters.size());
  }

  private static ExportRow row(Object[] r) {
    return new ExportRow(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        normalize((BigDecimal) r[4]),
        (String) r[5],
        normalize((BigDecimal) r[6]),
        "FINAL".equals(r[7]) ? "FINAL" : "PROVISIONAL",
        (String) r[8],
        SqlTimes.instant(r[9]));
  }
}
