package io.dtmonitor.programme.version;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProgrammeVersionRepository implements PanacheRepositoryBase<ProgrammeVersion, UUID> {

  /**
   * Up to {@code limit} versions of a programme numbered after {@code afterNumber}, by number; the
   * draft only when {@code drafts}.
   */
  public List<ProgrammeVersion> ofProgramme(
      UUID programmeId, boolean drafts, int afterNumber, int limit) {
    String query = "programmeId = ?1 and number > ?2" + (drafts ? "" : " and status <> ?3");
    Object[] params =
        drafts
            ? new Object[] {programmeId, afterNumber}
            : new Object[] {programmeId, afterNumber, VersionStatus.DRAFT};
    return find(query, Sort.by("number"), params).page(0, limit).list();
  }

  public Optional<ProgrammeVersion> byNumber(UUID programmeId, int number) {
    return find("programmeId = ?1 and number = ?2", programmeId, number).firstResultOptional();
  }

  public Optional<ProgrammeVersion> draft(UUID programmeId) {
    return find("programmeId = ?1 and status = ?2", programmeId, VersionStatus.DRAFT)
        .firstResultOptional();
  }

  /** The adopted version currently in force (the latest adopted one). */
  public Optional<ProgrammeVersion> adopted(UUID programmeId) {
    return find("programmeId = ?1 and status = ?2", programmeId, VersionStatus.ADOPTED)
        .firstResultOptional();
  }

  /**
   * The version in force on {@code date}: the adopted or superseded one that took effect last by
   * then.
   */
  public Optional<ProgrammeVersion> inForce(UUID programmeId, LocalDate date) {
    return find(
            "programmeId = ?1 and status <> ?2 and effectiveFrom <= ?3",
            Sort.by("effectiveFrom").descending().and("number").descending(),
            programmeId,
            VersionStatus.DRAFT,
            date)
        .firstResultOptional();
  }

  public int nextNumber(UUID programmeId) {
    Integer max =
        getEntityManager()
            .createQuery(
                "select max(v.number) from ProgrammeVersion v where v.programmeId = ?1",
                Integer.class)
            .setParameter(1, programmeId)
            .getSingleResult();
    return max == null ? 1 : max + 1;
  }
}
