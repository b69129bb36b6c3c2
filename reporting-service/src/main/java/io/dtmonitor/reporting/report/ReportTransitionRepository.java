package io.dtmonitor.reporting.report;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReportTransitionRepository
    implements PanacheRepositoryBase<ReportTransitionRecord, Long> {

  /** Up to {@code limit} transitions of a report after the one with id {@code afterId}, by id. */
  public List<ReportTransitionRecord> of(UUID reportId, long afterId, int limit) {
    return find("reportId = ?1 and id > ?2", Sort.by("id"), reportId, afterId)
        .page(0, limit)
        .list();
  }
}
