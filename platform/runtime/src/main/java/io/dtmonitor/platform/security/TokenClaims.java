package io.dtmonitor.platform.security;

import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Reads a token's claims as plain text, whatever JSON type the issuer gave them. */
public final class TokenClaims {

  private TokenClaims() {}

  /** The claim {@code name} of {@code token} as text without JSON quotes, if present. */
  public static Optional<String> text(JsonWebToken token, String name) {
    Object value = token.getClaim(name);
    return value == null ? Optional.empty() : Optional.of(value.toString().replace("\"", ""));
  }
}
