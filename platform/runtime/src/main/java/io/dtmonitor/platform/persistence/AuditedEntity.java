package io.dtmonitor.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The columns every aggregate root has: an optimistic-locking version (exposed as the ETag) and who
 * created and last changed it, when.
 */
@MappedSuperclass
public abstract class AuditedEntity {

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
