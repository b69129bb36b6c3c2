package io.dtmonitor.platform.security;

import io.dtmonitor.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Region-scoped authorization for the current caller. The region of a write always comes from the
 * token and the stored object, never from the request body: a {@code cdto} token writes only the
 * region in its {@code region} claim, a {@code reviewer} reviews only the region its claim names,
 * and nobody else writes regional data. Scopes fail closed: a reviewer token without a region claim
 * reviews and sees no region's unpublished data, unless it is also the ministry's (role {@code
 * ministry}), whose reviewers work on every region.
 */
@RequestScoped
public class RegionAccess {

  public static final String REGION_CLAIM = "region";

  private final SecurityIdentity identity;

  public RegionAccess(SecurityIdentity identity) {
    this.identity = identity;
  }

  /** The caller's region claim, if the token has one. */
  public Optional<String> callerRegion() {
    if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
      return Optional.empty();
    }
    return TokenClaims.text(jwt, REGION_CLAIM);
  }

  /** The caller's subject, recorded as the author of changes. */
  public String callerId() {
    return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
  }

  public boolean hasRole(String role) {
    return identity.hasRole(role);
  }

  /** Throws 403 unless the caller is a CDTO of {@code region}. */
  public void requireCdtoOf(String region) {
    if (!isCdtoOf(region)) {
      throw ProblemException.forbidden(
          "Only a CDTO of region " + region + " may change its data" + callerDescription());
    }
  }

  /**
   * Throws 403 unless the caller is a reviewer of {@code region}: its region claim names it, or it
   * has no region claim and is also the ministry's.
   */
  public void requireReviewerOf(String region) {
    boolean allowed =
        identity.hasRole(Roles.REVIEWER)
            && callerRegion()
                .map(own -> own.equals(region))
                .orElse(identity.hasRole(Roles.MINISTRY));
    if (!allowed) {
      throw ProblemException.forbidden(
          "Only a reviewer for region " + region + " may review its data" + callerDescription());
    }
  }

  public boolean isCdtoOf(String region) {
    return identity.hasRole(Roles.CDTO) && callerRegion().map(region::equals).orElse(false);
  }

  /**
   * Whether the caller may see unpublished (draft, returned) data of {@code region}: its own CDTO,
   * a reviewer in scope, or the ministry.
   */
  public boolean canReadUnpublished(String region) {
    if (identity.hasRole(Roles.MINISTRY) || identity.hasRole(Roles.ADMIN)) {
      return true;
    }
    return (identity.hasRole(Roles.REVIEWER) || identity.hasRole(Roles.CDTO))
        && callerRegion().map(own -> covers(own, region)).orElse(false);
  }

  /**
   * Whether a token's region covers {@code region}: the region itself, or one of its communities,
   * whose codes extend their oblast's ({@code UA-63-001} is under {@code UA-63}).
   */
  static boolean covers(String own, String region) {
    return region.equals(own) || region.startsWith(own + "-");
  }

  /**
   * Whether the caller sees every region's unpublished data (ministry, admin); otherwise only
   * {@link #callerRegion()}'s, if any.
   */
  public boolean seesAllUnpublished() {
    return identity.hasRole(Roles.MINISTRY) || identity.hasRole(Roles.ADMIN);
  }

  /** The regions whose unpublished data the caller may read, as {@link #canReadUnpublished}. */
  public UnpublishedScope unpublishedScope() {
    if (seesAllUnpublished()) {
      return UnpublishedScope.EVERY_REGION;
    }
    boolean scoped = identity.hasRole(Roles.REVIEWER) || identity.hasRole(Roles.CDTO);
    return scoped
        ? callerRegion().map(UnpublishedScope::of).orElse(UnpublishedScope.NONE)
        : UnpublishedScope.NONE;
  }

  /** Whether the request carries no token. */
  public boolean isAnonymous() {
    return identity.isAnonymous();
  }

  private String callerDescription() {
    return callerRegion().map(own -> "; your token is scoped to " + own).orElse("");
  }
}
