package io.dtmonitor.indicator.export;

import static io.dtmonitor.platform.http.Decimals.normalize;

import io.dtmonitor.indicator.observation.ValueOrigin;
import io.dtmonitor.indicator.region.RegionRepository;
import io.dtmonitor.platform.changes.ChangeWindow;
import io.dtmonitor.platform.persistence.SqlTimes;
import io.dtmonitor.platform.security.UnpublishedScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The recorded values of the export, a chunk at a time in export order. Each chunk is one indexed
 * range scan that starts after the last key returned, so a page deep into millions of values costs
 * what the first page costs, and no request holds more than a chunk in memory.
 */
@ApplicationScoped
public class ExportRepository {

  private final EntityManager entityManager;

  public ExportRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Makes the current transaction read-only; its first statement must be this. */
  public void readOnly() {
    entityManager.createNativeQuery("set transaction read only").executeUpdate();
  }

  /**
   * Up to {@code limit} values of the pull {@code window} (each region x indicator x period's
   * latest revision committed when the pull began, when that revision is the pull's) of the
   * filter's jurisdiction and statuses that match the filter and sort after {@code after}, with the
   * target that applies to each value's year; {@code currency} is the jurisdiction's. A value whose
   * latest revision is PROVISIONAL is not a FINAL value, as in the cross-region view.
   */
  public List<ExportRow> chunk(
      ExportService.Filter filter,
      ChangeWindow window,
      String currency,
      Optional<ExportKey> after,
      int limit) {
    List<ExportRow> rows = new ArrayList<>(recorded(filter, window, currency, after, limit));
    if (filter.status().includesFinal()) {
      rows.addAll(derived(filter, window, currency, after, limit));
      rows.sort(Comparator.comparing(ExportKey::of));
    }
    return rows.size() > limit ? List.copyOf(rows.subList(0, limit)) : rows;
  }

  private List<ExportRow> recorded(
      ExportService.Filter filter,
      ChangeWindow window,
      String currency,
      Optional<ExportKey> after,
      int limit) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder where = where("o", "recorded_at", filter, window, after, parameters);
    where.append(" and ").append(window.sqlNotYetWritten("o.superseded_xid", parameters));
    visibility(where, parameters, filter);
    Query query =
        entityManager.createNativeQuery(
            """
            select o.period, o.region_code, r.katottg, o.indicator_code, o.value, i.unit, t.target_value,
                   o.status, o.methodology, o.recorded_at, o.source_document, o.source_url, o.source_hash
              from observation o
              join indicator i on i.code = o.indicator_code
              left join region r on r.code = o.region_code
              %s
             where %s
             order by %s
             limit %d
            """
                .formatted(target("o"), where, order("o", "recorded_at"), limit));
    return rows(query, parameters).stream()
        .map(row -> row(row, filter.jurisdiction(), currency, ValueOrigin.REPORTED))
        .toList();
  }

  /**
   * Up to {@code limit} values derived by the indicators' rules, in export order, where no FINAL
   * value of the same region, indicator and period is current when the pull began: a reported value
   * always wins.
   */
  private List<ExportRow> derived(
      ExportService.Filter filter,
      ChangeWindow window,
      String currency,
      Optional<ExportKey> after,
      int limit) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder where = where("d", "revised_at", filter, window, after, parameters);
    where
        .append(" and not exists (select 1 from observation o")
        .append(" where o.region_code = d.region_code and o.indicator_code = d.indicator_code")
        .append(" and o.period = d.period and o.status = 'FINAL' and ")
        .append(window.sqlCommitted("o.change_xid", parameters))
        .append(" and ")
        .append(window.sqlNotYetWritten("o.superseded_xid", parameters))
        .append(")");
    Query query =
        entityManager.createNativeQuery(
            """
            select d.period, d.region_code, r.katottg, d.indicator_code, d.value, i.unit, t.target_value,
                   'FINAL', d.methodology, d.revised_at, null, null, null
              from rollup_value d
              join indicator i on i.code = d.indicator_code
              left join region r on r.code = d.region_code
              %s
             where %s
             order by %s
             limit %d
            """
                .formatted(target("d"), where, order("d", "revised_at"), limit));
    return rows(query, parameters).stream()
        .map(row -> row(row, filter.jurisdiction(), currency, ValueOrigin.DERIVED))
        .toList();
  }

  /** The conditions both kinds of value are read by. */
  private static StringBuilder where(
      String alias,
      String time,
      ExportService.Filter filter,
      ChangeWindow window,
      Optional<ExportKey> after,
      List<Object> parameters) {
    parameters.add(filter.jurisdiction());
    StringBuilder where =
        new StringBuilder(
                RegionRepository.inJurisdiction("?1")
                    .replace("region_code", alias + ".region_code"))
            .append(" and ")
            .append(window.sqlContains(alias + ".change_xid", parameters));
    filter.period().ifPresent(p -> condition(where, parameters, alias + ".period = ?", p));
    filter.region().ifPresent(r -> condition(where, parameters, alias + ".region_code = ?", r));
    filter
        .indicator()
        .ifPresent(i -> condition(where, parameters, alias + ".indicator_code = ?", i));
    filter
        .updatedSince()
        .ifPresent(s -> condition(where, parameters, alias + "." + time + " > ?", s));
    after.ifPresent(
        key -> {
          int first = parameters.size() + 1;
          where.append(
              " and (%s) > (?%d, ?%d, ?%d, ?%d)"
                  .formatted(order(alias, time), first, first + 1, first + 2, first + 3));
          parameters.add(key.revisedAt());
          parameters.add(key.regionCode());
          parameters.add(key.indicatorCode());
          parameters.add(key.period());
        });
    return where;
  }

  /** Export order; "C" so the database orders codes as {@link ExportKey} does. */
  private static String order(String alias, String time) {
    return "%1$s.%2$s, %1$s.region_code collate \"C\", %1$s.indicator_code collate \"C\", %1$s.period collate \"C\""
        .formatted(alias, time);
  }

  /** The target that applies to each value's year: the one of that year, else the next. */
  private static String target(String alias) {
    return """
        left join lateral (
             select target_value from target
              where target.region_code = %1$s.region_code and target.indicator_code = %1$s.indicator_code
                and target.target_year >= cast(substring(%1$s.period, 1, 4) as integer)
              order by target.target_year limit 1) t on true
        """
        .formatted(alias);
  }

  private static List<Object[]> rows(Query query, List<Object> parameters) {
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows;
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

  /**
   * Keeps the values of the statuses asked for: FINAL ones, and PROVISIONAL ones only of the
   * regions in the caller's scope (every region, or one).
   */
  private static void visibility(
      StringBuilder where, List<Object> parameters, ExportService.Filter filter) {
    UnpublishedScope scope = filter.unpublished();
    String provisional;
    if (!filter.status().includesProvisional() || scope.isNone()) {
      provisional = "false";
    } else if (scope.everyRegion()) {
      provisional = "o.status <> 'FINAL'";
    } else {
      parameters.add(scope.region().orElseThrow());
      int own = parameters.size();
      provisional =
          "(o.status <> 'FINAL' and %s)"
              .formatted(RegionRepository.coveredBy("o.region_code", "?" + own));
    }
    String published = filter.status().includesFinal() ? "o.status = 'FINAL'" : "false";
    where.append(" and (").append(published).append(" or ").append(provisional).append(")");
  }

  /**
   * Appends {@code and <predicate>?n}, {@code n} the position of {@code value} among the
   * parameters.
   */
  static void condition(
      StringBuilder where, List<Object> parameters, String predicate, Object value) {
    parameters.add(value);
    where.append(" and ").append(predicate).append(parameters.size());
  }

  private static ExportRow row(
      Object[] r, String jurisdiction, String currency, ValueOrigin origin) {
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
        SqlTimes.instant(r[9]),
        jurisdiction,
        currency,
        origin,
        (String) r[10],
        (String) r[11],
        (String) r[12]);
  }
}
