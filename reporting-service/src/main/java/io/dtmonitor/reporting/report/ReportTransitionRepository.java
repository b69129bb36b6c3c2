package io.dtmonitor.reporting.report;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReportTransitionRepository
    implements PanacheRepositoryBase<ReportTransitionRecord, Long> {

  public List<ReportTransitionRecord> of(UUID reportId) {
    return list("reportId", Sort.by("id"), reportId);
  }
}
