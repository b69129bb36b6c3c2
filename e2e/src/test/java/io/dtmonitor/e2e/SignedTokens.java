package io.dtmonitor.e2e;

import io.dtmonitor.platform.testing.Tokens;
import io.dtmonitor.seed.Actor;
import io.dtmonitor.seed.TokenSource;

/** The seed import's actors as tokens signed by the OIDC test server's key. */
final class SignedTokens implements TokenSource {

  @Override
  public String tokenFor(Actor actor) {
    return switch (actor.role()) {
      case CDTO -> Tokens.cdto(actor.region().orElseThrow());
      case REVIEWER -> Tokens.reviewer(actor.region().orElseThrow());
      case ADMIN -> Tokens.admin();
      case MINISTRY -> Tokens.ministry();
    };
  }
}
