package io.dtmonitor.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads an exact decimal only in the form the API documents ({@link Decimals#PATTERN}): a JSON
 * string of digits with an optional dot and fraction, such as "1200.0". A JSON number is refused (a
 * client that sends one may have passed the amount through a double), and so are exponents ("1e3"),
 * signs other than a leading minus, spaces and decimal commas ("1 200,0").
 */
public final class DecimalStrings extends StdScalarDeserializer<BigDecimal> {

  /** What a decimal must look like, as problems say it. */
  public static final String EXPECTED = "a decimal in a JSON string with a dot, such as \"1200.0\"";

  private static final Pattern DECIMAL = Pattern.compile(Decimals.PATTERN);

  public DecimalStrings() {
    super(BigDecimal.class);
  }

  /** Whether {@code text} has the documented form of a decimal. */
  public static boolean isDecimal(String text) {
    return DECIMAL.matcher(text).matches();
  }

  @Override
  public BigDecimal deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    if (parser.hasToken(JsonToken.VALUE_STRING)) {
      String text = parser.getText();
      if (isDecimal(text)) {
        return new BigDecimal(text);
      }
      return (BigDecimal) context.handleWeirdStringValue(BigDecimal.class, text, "not " + EXPECTED);
    }
    return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
  }
}
