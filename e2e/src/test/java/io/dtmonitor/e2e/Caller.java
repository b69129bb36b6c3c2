package io.dtmonitor.e2e;

import io.dtmonitor.platform.testing.Tokens;
import java.util.function.Supplier;

/**
 * The callers of the authorization matrix: the legitimate roles, no token, and tokens that must
 * never be accepted. The region under test is Poltava (UA-53); the "other region" is Kharkiv.
 */
enum Caller {
  OWN_CDTO(() -> Tokens.cdto(Caller.OWN_REGION)),
  OTHER_CDTO(() -> Tokens.cdto(Caller.OTHER_REGION)),
  REVIEWER(() -> Tokens.reviewer(Caller.OWN_REGION)),
  MINISTRY(Tokens::ministry),
  ADMIN(Tokens::admin),
  NO_TOKEN(() -> null),
  EXPIRED(() -> ownCdto().expired().sign()),
  WRONG_ISSUER(() -> ownCdto().issuer("https://issuer.attacker.example").sign()),
  WRONG_AUDIENCE(() -> ownCdto().audience("some-other-api").sign()),
  ALG_NONE(() -> ownCdto().unsigned()),
  HS_RS_CONFUSION(() -> ownCdto().signHs256WithThePublicKey()),
  OTHER_ALGORITHM(() -> ownCdto().signRs512()),
  UNKNOWN_KEY_ID(() -> ownCdto().keyId("key-nobody-published").signWithForeignKey()),
  ID_TOKEN(() -> ownCdto().tokenType("ID").sign()),
  TAMPERED_SIGNATURE(
      () ->
          Tokens.builder("cdto-kharkiv")
              .roles("cdto")
              .region(Caller.OTHER_REGION)
              .tampered(Caller.OWN_REGION));

  static final String OWN_REGION = "UA-53";
  static final String OTHER_REGION = "UA-63";

  private final Supplier<String> token;

  Caller(Supplier<String> token) {
    this.token = token;
  }

  /** The bearer token, or null for no Authorization header. */
  String token() {
    return token.get();
  }

  /** A token no caller may ever use, whatever the operation. */
  boolean forged() {
    return ordinal() > NO_TOKEN.ordinal();
  }

  private static Tokens.Builder ownCdto() {
    return Tokens.builder("cdto-poltava").roles("cdto").region(OWN_REGION);
  }
}
