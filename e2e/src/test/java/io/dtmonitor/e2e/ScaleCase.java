package io.dtmonitor.e2e;

import java.sql.Connection;
import java.sql.Statement;

/**
 * The data of the benchmark's scale case, written straight into indicator-service's schema: 200
 * catalogue indicators (quarterly, methodology "1") and 40 quarters (2017-Q1 to 2026-Q4) of values
 * for every region given, recorded at moments spread over the ten years so the export's revision
 * order interleaves regions, indicators and periods as a real history would. They are inserted in
 * the order they were recorded, as a real history is, which also loads them about a third faster
 * than in region order (the indexes keyed by time grow at their end). First the 24 oblasts, then
 * communities until there are {@code communities} regions with values, as in Ukraine's 1,469
 * territorial communities.
 */
final class ScaleCase {

  static final int INDICATORS = 200;
  static final int QUARTERS = 40;

  private ScaleCase() {}

  /** The catalogue's scale indicators, SCALE_001 to SCALE_200. */
  static void catalogue(Connection db) throws Exception {
    try (Statement sql = db.createStatement()) {
      sql.executeUpdate(
          """
          insert into indicator.indicator (code, name_uk, name_en, unit, higher_is_better, region_aggregation,
                                           time_aggregation, cumulative, category, methodology, derived)
          select 'SCALE_' || lpad(n::text, 3, '0'), 'Показник ' || n, 'Indicator ' || n, 'PERCENT', n %% 3 <> 0,
                 'AVERAGE', 'LAST', false, 'GOVERNANCE', '1', false
            from generate_series(1, %d) n
          on conflict do nothing
          """
              .formatted(INDICATORS));
      sql.executeUpdate(
          """
          insert into indicator.methodology (indicator_code, version, scale_min, scale_max, periodicity)
          select code, '1', 0, 100, 'QUARTER' from indicator.indicator where code like 'SCALE\\_%'
          on conflict do nothing
          """);
    }
  }

  /** Values for the 24 oblasts (the regions of kind OBLAST). */
  static long oblasts(Connection db) throws Exception {
    return values(db, "select code from indicator.region where kind = 'OBLAST'");
  }

  /** Communities of jurisdiction UA until {@code total} regions have values, and their values. */
  static long communities(Connection db, int total) throws Exception {
    try (Statement sql = db.createStatement()) {
      sql.executeUpdate(
          """
          insert into indicator.region (code, katottg, name_uk, name_en, kind, jurisdiction, currency)
          select 'UA-H' || lpad(n::text, 4, '0'), 'UA' || lpad(n::text, 17, '0'), 'Громада ' || n,
                 'Community ' || n, 'COMMUNITY', 'UA', 'UAH'
            from generate_series(1, %d - (select count(*) from indicator.region where kind = 'OBLAST')) n
          on conflict do nothing
          """
              .formatted(total));
    }
    return values(db, "select code from indicator.region where kind = 'COMMUNITY'");
  }

  /**
   * Records a correction of Poltava oblast's SCALE_001 value in {@code period}: its next revision,
   * with another value, as a CDTO's correction would be recorded.
   */
  static void correctOneValue(Connection db, String period) throws Exception {
    try (Statement sql = db.createStatement()) {
      sql.executeUpdate(
          """
          insert into indicator.observation (id, region_code, indicator_code, period, revision, value, status,
                                             methodology, source_document, recorded_at, recorded_by)
          select gen_random_uuid(), region_code, indicator_code, period, revision + 1, mod(value + 7.3, 100),
                 status, methodology, 'scale benchmark correction', now(), 'bench'
            from indicator.observation
           where region_code = 'UA-53' and indicator_code = 'SCALE_001' and period = '%s'
           order by revision desc
           limit 1
          """
              .formatted(period));
    }
  }

  private static long values(Connection db, String regions) throws Exception {
    try (Statement sql = db.createStatement()) {
      int rows =
          sql.executeUpdate(
              """
              insert into indicator.observation (id, region_code, indicator_code, period, revision, value, status,
                                                 methodology, source_document, recorded_at, recorded_by)
              select gen_random_uuid(), region_code, indicator_code, period, 1, value, 'FINAL', '1',
                     'scale benchmark', recorded_at, 'bench'
                from (select r.code region_code, i.code indicator_code,
                             (2017 + q / 4) || '-Q' || (q %% 4 + 1) period,
                             round((random() * 100)::numeric, 1) value,
                             timestamptz '2017-04-01' + (q * interval '91 days')
                               + random() * interval '90 days' recorded_at
                        from (%s) r
                        cross join (select code from indicator.indicator where code like 'SCALE\\_%%') i
                        cross join generate_series(0, %d) q) history
               order by recorded_at
              """
                  .formatted(regions, QUARTERS - 1));
      // A table that has held its values for a while has been vacuumed: its visibility map lets the
      // view's covering index be read without the table, and no autovacuum of the load competes
      // with the measurements on the database's one core.
      sql.execute("vacuum (analyze) indicator.observation");
      return rows;
    }
  }
}
