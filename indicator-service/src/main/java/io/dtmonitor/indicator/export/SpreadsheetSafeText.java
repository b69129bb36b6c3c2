package io.dtmonitor.indicator.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes text into a CSV so that a spreadsheet shows it and never runs it: a cell that starts with
 * {@code = + - @}, a tab or a carriage return is a formula to Excel and LibreOffice (CSV injection,
 * OWASP), so such text gets a leading apostrophe. Only the CSVs use it; JSON keeps the text as
 * sent.
 */
final class SpreadsheetSafeText extends StdSerializer<String> {

  SpreadsheetSafeText() {
    super(String.class);
  }

  @Override
  public void serialize(String text, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    generator.writeString(neutralised(text));
  }

  static String neutralised(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
