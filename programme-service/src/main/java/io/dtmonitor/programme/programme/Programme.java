package io.dtmonitor.programme.programme;

import io.dtmonitor.platform.persistence.AuditedEntity;
import io.dtmonitor.platform.text.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.util.UUID;

/** A regional programme's passport: what it is, where, for which years, on what basis. */
@Entity
@Table(name = "programme")
public class Programme extends AuditedEntity {

  @Id public UUID id;

  @Column(name = "region_code", updatable = false)
  public String regionCode;

  @Embedded public Passport passport = new Passport();

  @Column(updatable = false)
  public String currency;

  @Enumerated(EnumType.STRING)
  public ProgrammeStatus status;

  /** Both titles in the form they are searched and ordered in ({@link Texts#searchable}). */
  @Column(name = "title_search")
  String titleSearch;

  @PrePersist
  @PreUpdate
  void keepTitlesSearchable() {
    titleSearch =
        Texts.searchable(
            passport.titleUk + (passport.titleEn == null ? "" : " " + passport.titleEn));
  }
}
