package io.dtmonitor.indicator.export;

import io.dtmonitor.indicator.region.RegionRepository;
import io.dtmonitor.platform.changes.ChangeSnapshots;
import io.dtmonitor.platform.changes.ChangeToken;
import io.dtmonitor.platform.changes.ChangeWindow;
import io.dtmonitor.platform.http.QueryValues;
import io.dtmonitor.platform.paging.Page;
import io.dtmonitor.platform.paging.PageRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The ministry's pull of programme plan and execution: per region, programme and period with an
 * accepted report (public by being accepted), the year's fixed plan or "within funding", funded and
 * spent year-to-date and execution %, of one jurisdiction, incremental by change token.
 */
@ApplicationScoped
public class ExecutionService {

  private final ExecutionRepository executions;
  private final RegionRepository regions;
  private final ChangeSnapshots snapshots;
  private final int streamChunk;

  public ExecutionService(
      ExecutionRepository executions,
      RegionRepository regions,
      ChangeSnapshots snapshots,
      ExportConfig config) {
    this.executions = executions;
    this.regions = regions;
    this.snapshots = snapshots;
    this.streamChunk = config.streamChunk();
  }

  /** Filters of the export. */
  public record Filter(
      String jurisdiction,
      Optional<String> period,
      Optional<String> region,
      Optional<UUID> programmeId,
      Optional<Instant> updatedSince,
      Optional<ChangeToken> changedSince) {}

  public Filter filter(ExecutionQuery query) {
    regions.requireJurisdiction(query.jurisdiction);
    Optional.ofNullable(query.region).ifPresent(regions::requireRegion);
    return new Filter(
        query.jurisdiction,
        Optional.ofNullable(query.period),
        Optional.ofNullable(query.region),
        Optional.ofNullable(query.programmeId).map(UUID::fromString),
        QueryValues.moment("updatedSince", query.updatedSince),
        ChangeToken.ofParameter(query.changedSince));
  }

  /** The window of a pull that begins now, after the one whose token the filter carries. */
  @Transactional
  public ChangeWindow window(Filter filter) {
    return snapshots.windowSince(filter.changedSince());
  }

  /**
   * A page of rows; the page token carries the pull's window, fixed by its first page, and the last
   * row's key.
   */
  @Transactional
  public ExecutionPage page(Filter filter, PageRequest page) {
    ChangeWindow.Cursor cursor = snapshots.cursor(page, filter.changedSince());
    List<ExecutionRepository.Keyed> rows =
        executions.chunk(
            filter,
            cursor.window(),
            regions.currencyOf(filter.jurisdiction()),
            cursor.after().map(ExecutionService::decode),
            page.fetchSize());
    Page<ExecutionRow> rowPage =
        page.toPage(rows, keyed -> cursor.next(encode(keyed.key())))
            .map(ExecutionRepository.Keyed::row);
    return new ExecutionPage(
        rowPage.items(), rowPage.nextPageToken(), cursor.window().upTo().encode());
  }

  /**
   * Every row of the pull {@code window} in export order, of the reports as they stood when the
   * download started (a report revised since comes with the next pull), each chunk read in a short
   * transaction of its own that restarts after the last key written, so a client that reads slowly
   * holds no transaction and no database connection.
   */
  public void forEachRow(Filter filter, ChangeWindow window, Consumer<ExecutionRow> sink) {
    String currency =
        QuarkusTransaction.requiringNew().call(() -> regions.currencyOf(filter.jurisdiction()));
    Optional<ExecutionRepository.Key> after = Optional.empty();
    List<ExecutionRepository.Keyed> chunk;
    do {
      Optional<ExecutionRepository.Key> from = after;
      chunk =
          QuarkusTransaction.requiringNew()
              .call(() -> executions.chunk(filter, window, currency, from, streamChunk));
      for (ExecutionRepository.Keyed keyed : chunk) {
        sink.accept(keyed.row());
        after = Optional.of(keyed.key());
      }
    } while (chunk.size() == streamChunk);
  }

  private static String encode(ExecutionRepository.Key key) {
    return ExportKey.encodeTime(key.revisedAt()) + "|" + key.reportId();
  }

  private static ExecutionRepository.Key decode(String token) {
    String[] parts = token.split("\\|", 2);
    return new ExecutionRepository.Key(ExportKey.decodeTime(parts[0]), UUID.fromString(parts[1]));
  }
}
