package io.dtmonitor.platform.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Reads a {@code timestamptz} column of a native query's result, which the JDBC driver and
 * Hibernate hand back as an {@link Instant}, an {@link OffsetDateTime} or a {@link Timestamp}
 * depending on the query and the type mapping in force.
 */
public final class SqlTimes {

  private SqlTimes() {}

  public static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }

  /** A {@code date} column's value as native queries return it. */
  public static LocalDate localDate(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    return ((java.sql.Date) value).toLocalDate();
  }
}
