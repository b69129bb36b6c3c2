package io.dtmonitor.seed;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who performs a step of the import: the demo realm's users and the ministry's client, each with
 * the rights a real integration of that kind has.
 */
public enum Actor {
  POLTAVA_CDTO("poltava-cdto", "poltava-demo", "UA-53", Role.CDTO),
  POLTAVA_REVIEWER("poltava-reviewer", "poltava-reviewer-demo", "UA-53", Role.REVIEWER),
  KHARKIV_CDTO("kharkiv-cdto", "kharkiv-demo", "UA-63", Role.CDTO),
  KHARKIV_REVIEWER("kharkiv-reviewer", "reviewer-demo", "UA-63", Role.REVIEWER),
  ORENBURG_CDTO("orenburg-cdto", "orenburg-demo", "RU-ORE", Role.CDTO),
  ADMIN("dtm-admin", "dtm-admin-demo", null, Role.ADMIN),
  MINISTRY("dtm-ministry-aggregator", "ministry-aggregator-demo-secret", null, Role.MINISTRY);

  /** The realm role an actor's token carries. */
  public enum Role {
    CDTO,
    REVIEWER,
    ADMIN,
    MINISTRY
  }

  private final String login;
  private final String secret;
  private final String region;
  private final Role role;

  Actor(String login, String secret, String region, Role role) {
    this.login = login;
    this.secret = secret;
    this.region = region;
    this.role = role;
  }

  /** The user name, or the client id of a client-credentials actor. */
  public String login() {
    return login;
  }

  /** The demo password, or the client secret. */
  public String secret() {
    return secret;
  }

  public Optional<String> region() {
    return Optional.ofNullable(region);
  }

  public Role role() {
    return role;
  }

  static Actor cdtoOf(String region) {
    return of(region, Role.CDTO);
  }

  static Actor reviewerOf(String region) {
    return of(region, Role.REVIEWER);
  }

  private static Actor of(String region, Role role) {
    return Arrays.stream(values())
        .filter(actor -> actor.role == role && region.equals(actor.region))
        .findFirst()
        .orElseThrow(
            () ->
                new SeedDataException(
                    "the demo realm has no "
                        + role.name().toLowerCase()
                        + " for region "
                        + region));
  }
}
