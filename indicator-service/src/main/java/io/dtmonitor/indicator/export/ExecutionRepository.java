package io.dtmonitor.indicator.export;

import static io.dtmonitor.platform.http.Decimals.normalize;

import io.dtmonitor.indicator.region.RegionRepository;
import io.dtmonitor.platform.changes.ChangeWindow;
import io.dtmonitor.platform.persistence.SqlTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The accepted reports' plan and execution from the report projection, a chunk at a time in export
 * order (revision time, then report), each with the title and version of the programme in force at
 * the period's end and whether its plan for the year is partly within funding.
 */
@ApplicationScoped
public class ExecutionRepository {

  /** The page key: revision time and report. */
  public record Key(Instant revisedAt, UUID reportId) {}

  /** A row and its key. */
  public record Keyed(ExecutionRow row, Key key) {}

  private final EntityManager entityManager;

  public ExecutionRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Up to {@code limit} rows of the pull {@code window} that sort after {@code after}. */
  public List<Keyed> chunk(
      ExecutionService.Filter filter,
      ChangeWindow window,
      String currency,
      Optional<Key> after,
      int limit) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(filter.jurisdiction());
    StringBuilder where =
        new StringBuilder("f.accepted and ")
            .append(RegionRepository.inJurisdiction("?1").replace("region_code", "f.region_code"))
            .append(" and ")
            .append(window.sqlContains("f.change_xid", parameters));
    filter
        .period()
        .ifPresent(p -> ExportRepository.condition(where, parameters, "f.period = ?", p));
    filter
        .region()
        .ifPresent(r -> ExportRepository.condition(where, parameters, "f.region_code = ?", r));
    filter
        .programmeId()
        .ifPresent(p -> ExportRepository.condition(where, parameters, "f.programme_id = ?", p));
    filter
        .updatedSince()
        .ifPresent(s -> ExportRepository.condition(where, parameters, "f.event_time > ?", s));
    after.ifPresent(
        key -> {
          int first = parameters.size() + 1;
          where.append(" and (f.event_time, f.report_id) > (?%d, ?%d)".formatted(first, first + 1));
          parameters.add(key.revisedAt());
          parameters.add(key.reportId());
        });
    Query query =
        entityManager.createNativeQuery(
            """
            select f.period, f.region_code, f.programme_id, p.title_uk, p.version_number, f.planned_fixed,
                   coalesce(p.within_funding, false), f.funded_ytd, f.spent_ytd, f.event_time, f.report_id
              from report_fact f
              left join lateral (
                   select pf.title_uk, pf.version_number, py.within_funding
                     from programme_fact pf
                     left join programme_year_plan py
                       on py.programme_id = pf.programme_id and py.version_number = pf.version_number
                      and py.year = f.year
                    where pf.programme_id = f.programme_id
                      and pf.effective_from <= case when f.period_type = 'YEAR' then make_date(f.year, 12, 31)
                            else (make_date(f.year, cast(substring(f.period, 7, 1) as integer) * 3, 1)
                                  + interval '1 month' - interval '1 day')::date end
                    order by pf.effective_from desc, pf.version_number desc limit 1) p on true
             where %s
             order by f.event_time, f.report_id
             limit %d
            """
                .formatted(where, limit));
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(r -> keyed(r, filter.jurisdiction(), currency)).toList();
  }

  private static Keyed keyed(Object[] r, String jurisdiction, String currency) {
    BigDecimal planned = (BigDecimal) r[5];
    BigDecimal spent = (BigDecimal) r[8];
    Instant revisedAt = SqlTimes.instant(r[9]);
    ExecutionRow row =
        new ExecutionRow(
            (String) r[0],
            (String) r[1],
            jurisdiction,
            currency,
            (UUID) r[2],
            (String) r[3],
            (Integer) r[4],
            normalize(planned),
            (Boolean) r[6],
            normalize((BigDecimal) r[7]),
            normalize(spent),
            planned.signum() == 0 || spent == null
                ? null
                : spent.multiply(BigDecimal.valueOf(100)).divide(planned, 1, RoundingMode.HALF_UP),
            revisedAt);
    return new Keyed(row, new Key(revisedAt, (UUID) r[10]));
  }
}
