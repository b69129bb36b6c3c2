package io.dtmonitor.platform.text;

import java.util.Locale;
import java.util.regex.Pattern;

/** How the services read free text from requests and documents. */
public final class Texts {

  /** The forms the Ukrainian apostrophe is typed in: ASCII, right quote, modifier letter, ... */
  private static final Pattern APOSTROPHES =
      Pattern.compile("[\u2019\u02BC\u2018\u0060\u00B4\u2032]");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Texts() {}

  /**
   * The form text is searched in: lower case (Cyrillic as Latin), every apostrophe as {@code '}
   * («Обʼєднана», «Об’єднана» and «Об'єднана» are one word), runs of whitespace as one space.
   */
  public static String searchable(String value) {
    if (value == null) {
      return null;
    }
    String apostrophes = APOSTROPHES.matcher(value.toLowerCase(Locale.ROOT)).replaceAll("'");
    return SPACES.matcher(apostrophes).replaceAll(" ").strip();
  }

  /**
   * The SQL {@code like} pattern (with {@code escape '!'}) that matches any text containing {@code
   * part} literally: its {@code %}, {@code _} and {@code !} stand for themselves.
   */
  public static String containing(String part) {
    return "%" + part.replaceAll("[!%_]", "!$0") + "%";
  }

  /** The text without surrounding whitespace, or null when nothing is left: blank is absent. */
  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
