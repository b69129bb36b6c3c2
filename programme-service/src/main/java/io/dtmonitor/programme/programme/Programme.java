package io.dtmonitor.programme.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A regional programme's passport: what it is, where, for which years, on what basis. */
@Entity
@Table(name = "programme")
public class Programme {

  @Id public UUID id;

  @Column(name = "region_code", updatable = false)
  public String regionCode;

  @Column(name = "title_uk")
  public String titleUk;

  @Column(name = "title_en")
  public String titleEn;

  @Column(name = "first_year")
  public int firstYear;

  @Column(name = "last_year")
  public int lastYear;

  @Column(name = "legal_basis")
  public String legalBasis;

  public String initiator;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "responsible_executors")
  public List<String> responsibleExecutors;

  @Column(name = "strategic_goal_ref")
  public String strategicGoalRef;

  @Column(updatable = false)
  public String currency;

  @Enumerated(EnumType.STRING)
  public ProgrammeStatus status;

  @Version public long version;

  @Column(name = "created_at", updatable = false)
  public Instant createdAt;

  @Column(name = "created_by", updatable = false)
  public String createdBy;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Column(name = "updated_by")
  public String updatedBy;
}
