package io.dtmonitor.platform.security;

/** The realm roles tokens carry (DESIGN.md section 4). */
public final class Roles {
  public static final String CDTO = "cdto";
  public static final String REVIEWER = "reviewer";
  public static final String MINISTRY = "ministry";
  public static final String ADMIN = "admin";

  private Roles() {}
}
