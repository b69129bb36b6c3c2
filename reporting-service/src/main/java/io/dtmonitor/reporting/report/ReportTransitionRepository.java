package io.dtmonitor.reporting.report;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReportTransitionRepository
    implements PanacheRepositoryBase<ReportTransitionRecord, Long> {

  /** Records one step of a report's workflow. */
  public void record(
      Report report,
      Transition transition,
      ReportStatus from,
      ReportStatus to,
      String actor,
      Instant at,
      String reason,
      Integer daysLate) {
    ReportTransitionRecord entry = new ReportTransitionRecord();
    entry.reportId = report.id;
    entry.transition = transition;
    entry.fromStatus = from;
    entry.toStatus = to;
    entry.actor = actor;
    entry.at = at;
    entry.reason = reason;
    entry.daysLate = daysLate;
    persist(entry);
  }

  /** Up to {@code limit} transitions of a report after the one with id {@code afterId}, by id. */
  public List<ReportTransitionRecord> of(UUID reportId, long afterId, int limit) {
    return find("reportId = ?1 and id > ?2", Sort.by("id"), reportId, afterId)
        .page(0, limit)
        .list();
  }
}
