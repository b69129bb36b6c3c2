package io.dtmonitor.programme.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A regional programme's passport: what it is, where, for which years, on what basis. */
@Entity
@Table(name = "programme")
public class Programme {

  @Id public UUID id;

  @Column(name = "region_code", updatable = false)
  public String regionCode;

  @Embedded public Passport passport = new Passport();

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
