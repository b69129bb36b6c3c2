package io.dtmonitor.reporting.report;

import io.dtmonitor.platform.paging.PageRequest;
import io.dtmonitor.platform.persistence.TransactionLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {

  /** Holds until the transaction ends the lock on opening the report of a programme's period. */
  public void lockPeriod(UUID programmeId, String period) {
    TransactionLocks.lock(getEntityManager(), "report/" + programmeId + "/" + period);
  }

  public Optional<Report> of(UUID programmeId, String period) {
    return find("programmeId = ?1 and period = ?2", programmeId, period).firstResultOptional();
  }

  /**
   * Filter of a report list; {@code visibleRegions} empty with {@code all} false means only
   * accepted ones.
   */
  public record Filter(
      Optional<UUID> programmeId,
      Optional<String> region,
      Optional<String> period,
      Optional<ReportStatus> status,
      boolean all,
      List<String> unpublishedRegions) {}

  public List<Report> search(Filter filter, PageRequest page) {
    List<String> where = new ArrayList<>();
    Parameters params = new Parameters();
    filter
        .programmeId()
        .ifPresent(
            id -> {
              where.add("programmeId = :programme");
              params.and("programme", id);
            });
    filter
        .region()
        .ifPresent(
            region -> {
              where.add("regionCode = :region");
              params.and("region", region);
            });
    filter
        .period()
        .ifPresent(
            period -> {
              where.add("period = :period");
              params.and("period", period);
            });
    filter
        .status()
        .ifPresent(
            status -> {
              where.add("status = :status");
              params.and("status", status);
            });
    if (!filter.all()) {
      where.add("(status = :accepted or regionCode in :regions)");
      params.and("accepted", ReportStatus.ACCEPTED);
      params.and(
          "regions",
          filter.unpublishedRegions().isEmpty() ? List.of("-") : filter.unpublishedRegions());
    }
    page.afterKey()
        .ifPresent(
            after -> {
              where.add("id > :after");
              params.and("after", UUID.fromString(after));
            });
    return find(String.join(" and ", where), Sort.by("id"), params)
        .page(0, page.fetchSize())
        .list();
  }

  /**
   * Reports still open (draft or returned) whose due date passed before {@code today}, not yet
   * marked.
   */
  public List<Report> pastDueUnmarked(LocalDate latestDueDate) {
    return list(
        "status in ?1 and overdueAt is null and dueDate < ?2",
        Sort.by("dueDate").and("id"),
        List.of(ReportStatus.DRAFT, ReportStatus.RETURNED),
        latestDueDate);
  }

  /** A programme's reports still awaiting submission (draft or returned), in period order. */
  public List<Report> awaitingSubmission(UUID programmeId) {
    return list(
        "programmeId = ?1 and status in ?2",
        Sort.by("period").and("id"),
        programmeId,
        List.of(ReportStatus.DRAFT, ReportStatus.RETURNED));
  }

  /** The reports of {@code year} of the given programmes. */
  public List<Report> ofProgrammes(int year, Collection<UUID> programmeIds) {
    return list("year = ?1 and programmeId in ?2", year, programmeIds);
  }

  /** Every programme's reported periods, as {@code programmeId/period}. */
  public java.util.Set<String> periodKeys() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery("select programme_id, period from report")
            .getResultList();
    return rows.stream().map(r -> r[0] + "/" + r[1]).collect(java.util.stream.Collectors.toSet());
  }
}
