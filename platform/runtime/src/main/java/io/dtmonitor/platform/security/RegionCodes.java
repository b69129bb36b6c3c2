package io.dtmonitor.platform.security;

/** The shapes of the codes that name regions, for the APIs' parameter and body checks. */
public final class RegionCodes {

  /** An ISO 3166-2 subdivision such as UA-53 (Poltava oblast) or RU-ORE. */
  public static final String PATTERN = "[A-Z]{2}-[0-9A-Z]{2,3}";

  /** A territorial community: its oblast's code and a three-digit number, such as UA-63-901. */
  public static final String COMMUNITY_PATTERN = PATTERN + "-[0-9]{3}";

  private RegionCodes() {}
}
