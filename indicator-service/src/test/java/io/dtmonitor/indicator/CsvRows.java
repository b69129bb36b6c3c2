package io.dtmonitor.indicator;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** A CSV download read as RFC 4180 says, each row a map from its header's column names. */
final class CsvRows {

  private static final CsvMapper MAPPER = new CsvMapper();

  private CsvRows() {}

  static List<Map<String, String>> of(String csv) {
    try (MappingIterator<Map<String, String>> rows =
        MAPPER.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      return rows.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The values of one column, in row order. */
  static List<String> column(String csv, String name) {
    return of(csv).stream().map(row -> row.get(name)).toList();
  }
}
