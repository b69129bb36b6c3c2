package io.dtmonitor.platform.text;

/** How the services read free text from requests and documents. */
public final class Texts {

  private Texts() {}

  /** The text without surrounding whitespace, or null when nothing is left: blank is absent. */
  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
