package io.dtmonitor.indicator.view;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the cross-region view. */
@ConfigMapping(prefix = "dtm.cross-region")
public interface CrossRegionConfig {

  /**
   * The most values (regions x indicators listed) one view may hold. A view is built whole in
   * memory, since ranks and the composite index need every region; 50,000 is a hundred times a
   * national view of the oblasts and keeps a request well inside a 256 MB heap. Larger sets are for
   * the streamed CSV export.
   */
  @WithDefault("50000")
  int maxValues();

  /**
   * Regions on a page of the view when the client does not say: every oblast of a national view
   * fits on one page, so only views of communities are paged.
   */
  @WithDefault("100")
  int pageSize();

  /** The most regions a client may ask for on one page of the view. */
  @WithDefault("500")
  int maxPageSize();

  /**
   * The most values the view keeps ranked between requests (its standings, see {@code
   * StandingsCache}): 100,000 is two of the largest views, about 15 MB of heap.
   */
  @WithDefault("100000")
  long cachedValues();
}
