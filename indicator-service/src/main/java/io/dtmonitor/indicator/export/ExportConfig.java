package io.dtmonitor.indicator.export;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** Limits of the ministry's exports. */
@ConfigMapping(prefix = "dtm.export")
public interface ExportConfig {

  /**
   * How many CSV downloads may stream at once. Each holds a worker thread and the chunk it writes
   * for as long as its client reads (a database connection only while it reads a chunk), and the
   * export is open to anyone, so without a bound a few slow readers could take every worker thread
   * from the other requests.
   */
  @WithDefault("4")
  @Min(0)
  int maxConcurrentDownloads();

  /**
   * Recorded values read per query while a CSV download streams: large enough that the queries cost
   * little next to writing the rows, small enough that a download holds little in memory.
   */
  @WithDefault("1000")
  @Min(1)
  int streamChunk();
}
