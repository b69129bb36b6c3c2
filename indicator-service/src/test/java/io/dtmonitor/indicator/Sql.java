package io.dtmonitor.indicator;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Changes made in the database directly, as a DBA or a bulk load would, past the API. */
final class Sql {

  private Sql() {}

  static void execute(DataSource database, String statement) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement update = connection.createStatement()) {
      update.executeUpdate(statement);
    }
  }
}
