package io.dtmonitor.platform.security;

import java.util.Optional;

/**
 * The regions whose unpublished data (drafts, returned reports, PROVISIONAL values) a caller may
 * read: every region (ministry, admin), the one region of a CDTO or a reviewer, or none (anonymous
 * callers, tokens without such a role, and a CDTO or reviewer token without a region claim).
 */
public record UnpublishedScope(boolean everyRegion, Optional<String> region) {

  public static final UnpublishedScope NONE = new UnpublishedScope(false, Optional.empty());
  public static final UnpublishedScope EVERY_REGION = new UnpublishedScope(true, Optional.empty());

  public static UnpublishedScope of(String region) {
    return new UnpublishedScope(false, Optional.of(region));
  }

  public boolean includes(String regionCode) {
    return everyRegion || region.map(own -> RegionAccess.covers(own, regionCode)).orElse(false);
  }

  /** Whether the caller may read no unpublished data at all. */
  public boolean isNone() {
    return !everyRegion && region.isEmpty();
  }
}
