package io.dtmonitor.e2e;

import io.dtmonitor.e2e.RunningSuite.Service;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A digest of everything a service stores, to show that a refused request changed nothing: every
 * row of every table in the service's schema, except those its consumers fill from other services'
 * events at their own pace (the inbox, reporting's programme replica, indicator's projections),
 * which no request writes, and the outbox's publication marks (set by the relay after commit); the
 * outbox's rows themselves count, since a refused write must not emit an event.
 */
final class DatabaseFingerprint {

  private DatabaseFingerprint() {}

  static String of(Service service) {
    try (Connection connection = RunningSuite.get().connect();
        Statement statement = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery(
              "select table_name from information_schema.tables where table_schema = '"
                  + service.schema
                  + "' and table_type = 'BASE TABLE' and table_name not in ('inbox',"
                  + " 'flyway_schema_history', 'platform_schema_history', 'programme_fact',"
                  + " 'programme_year_plan', 'report_fact') and table_name not like 'replica!_%'"
                  + " escape '!' order by table_name")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      StringBuilder digest = new StringBuilder();
      for (String table : tables) {
        String rowText = table.equals("outbox") ? "t.event_id::text" : "md5(t::text)";
        try (ResultSet rows =
            statement.executeQuery(
                "select md5(coalesce(string_agg("
                    + rowText
                    + ", ',' order by "
                    + rowText
                    + "), '')) from "
                    + service.schema
                    + "."
                    + table
                    + " t")) {
          rows.next();
          digest.append(table).append('=').append(rows.getString(1)).append(';');
        }
      }
      return digest.toString();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot fingerprint " + service.schema, e);
    }
  }

  /** Waits until background work (relays, consumers) has settled, then fingerprints. */
  static String settled(Service service) {
    String previous = of(service);
    for (int attempt = 0; attempt < 50; attempt++) {
      RunningSuite.sleep(java.time.Duration.ofMillis(200));
      String current = of(service);
      if (current.equals(previous)) {
        return current;
      }
      previous = current;
    }
    throw new IllegalStateException(service.schema + " never settled");
  }
}
