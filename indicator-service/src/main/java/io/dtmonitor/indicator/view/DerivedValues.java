package io.dtmonitor.indicator.view;

import io.dtmonitor.platform.persistence.SqlTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The indicators derived from the report projection, computed from it on every read so a replay of
 * the topics reproduces them exactly: budget execution (spent year-to-date over the fixed plan of
 * the version in force, from the latest accepted report of each programme) and report timeliness
 * (share of due reports first submitted by their due date).
 */
@ApplicationScoped
public class DerivedValues {

  public static final String BUDGET_EXECUTION = "BUDGET_EXECUTION";
  public static final String REPORT_TIMELINESS = "REPORT_TIMELINESS";

  /** The catalogue codes of the derived indicators. */
  public static final Set<String> CODES = Set.of(BUDGET_EXECUTION, REPORT_TIMELINESS);

  private final EntityManager entityManager;

  public DerivedValues(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Money and execution of a region's programmes for a period, from accepted reports. */
  public record Execution(
      BigDecimal planned,
      BigDecimal funded,
      BigDecimal spent,
      BigDecimal percent,
      boolean finalValue) {}

  /** How a region's reports due in a year were submitted. */
  public record Timeliness(long due, long onTime, long late, long overdue, BigDecimal percent) {}

  /**
   * Per region; a year takes each programme's annual report, else its latest accepted quarter. A
   * quarter's execution, from accepted reports of that quarter, is FINAL; a year's is FINAL only
   * when every programme's annual report is accepted, and PROVISIONAL while it stands on a quarter.
   */
  public Map<String, Execution> execution(String period) {
    boolean year = period.length() == 4;
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                year
                    ? """
                      select distinct on (programme_id) region_code, planned_fixed, funded_ytd, spent_ytd, period_type
                        from report_fact where year = ?1 and accepted
                       order by programme_id, (period_type = 'YEAR') desc, period desc
                      """
                    : """
                      select region_code, planned_fixed, funded_ytd, spent_ytd, period_type
                        from report_fact where period = ?1 and accepted
                      """)
            .setParameter(1, year ? (Object) Integer.parseInt(period) : period)
            .getResultList();
    Map<String, BigDecimal[]> sums = new TreeMap<>();
    Map<String, Boolean> allAnnual = new TreeMap<>();
    for (Object[] row : rows) {
      BigDecimal[] sum =
          sums.computeIfAbsent(
              (String) row[0],
              r -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
      sum[0] = sum[0].add((BigDecimal) row[1]);
      sum[1] = sum[1].add(row[2] == null ? BigDecimal.ZERO : (BigDecimal) row[2]);
      sum[2] = sum[2].add(row[3] == null ? BigDecimal.ZERO : (BigDecimal) row[3]);
      allAnnual.merge((String) row[0], "YEAR".equals(row[4]), Boolean::logicalAnd);
    }
    Map<String, Execution> result = new TreeMap<>();
    sums.forEach(
        (region, sum) ->
            result.put(
                region,
                new Execution(
                    sum[0],
                    sum[1],
                    sum[2],
                    sum[0].signum() == 0
                        ? null
                        : sum[2]
                            .multiply(BigDecimal.valueOf(100))
                            .divide(sum[0], 1, RoundingMode.HALF_UP),
                    !year || allAnnual.get(region))));
    return result;
  }

  /**
   * The periods derived values exist for: years and quarters of accepted reports, years of any
   * report.
   */
  public List<String> periods() {
    @SuppressWarnings("unchecked")
    List<String> periods =
        entityManager
            .createNativeQuery(
                "select period from report_fact where accepted union select cast(year as varchar) from report_fact order by 1")
            .getResultList();
    return periods;
  }

  /** When a region's report facts of a year last changed, and the transaction that changed them. */
  public record LastChange(Instant at, long transaction) {}

  /**
   * When each region's report facts of {@code year} last changed: the revision time of its derived
   * values, and the transaction an incremental pull places them by.
   */
  public Map<String, LastChange> lastChange(int year) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                """
                select region_code, max(event_time), max(cast(cast(change_xid as text) as bigint))
                  from report_fact where year = ?1 group by region_code
                """)
            .setParameter(1, year)
            .getResultList();
    Map<String, LastChange> result = new TreeMap<>();
    rows.forEach(
        r ->
            result.put(
                (String) r[0],
                new LastChange(SqlTimes.instant(r[1]), ((Number) r[2]).longValue())));
    return result;
  }

  /** Per region, for reports of {@code year} due by {@code today}. */
  public Map<String, Timeliness> timeliness(int year, LocalDate today) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                """
                select region_code, count(*),
                       count(*) filter (where days_late = 0),
                       count(*) filter (where days_late > 0),
                       count(*) filter (where days_late is null and overdue)
                  from report_fact where year = ?1 and due_date <= ?2
                 group by region_code order by region_code
                """)
            .setParameter(1, year)
            .setParameter(2, today)
            .getResultList();
    Map<String, Timeliness> result = new TreeMap<>();
    for (Object[] row : rows) {
      long due = ((Number) row[1]).longValue();
      long onTime = ((Number) row[2]).longValue();
      result.put(
          (String) row[0],
          new Timeliness(
              due,
              onTime,
              ((Number) row[3]).longValue(),
              ((Number) row[4]).longValue(),
              BigDecimal.valueOf(onTime * 100)
                  .divide(BigDecimal.valueOf(due), 1, RoundingMode.HALF_UP)));
    }
    return result;
  }
}
