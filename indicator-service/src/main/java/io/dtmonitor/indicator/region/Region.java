package io.dtmonitor.indicator.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A region indicators are kept for: reference data, changed only by migrations. */
@Entity
@Table(name = "region")
public class Region {
  @Id public String code;
  public String katottg;

  @Column(name = "name_uk")
  public String nameUk;

  @Column(name = "name_en")
  public String nameEn;

  public String jurisdiction;
  public String currency;
}
