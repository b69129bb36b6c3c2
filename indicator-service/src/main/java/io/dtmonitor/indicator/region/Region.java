package io.dtmonitor.indicator.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A region indicators are kept for: the oblasts and cities of oblast rank (reference data, changed
 * only by migrations) and the territorial communities an admin registers under them.
 */
@Entity
@Table(name = "region")
public class Region {
  @Id public String code;
  public String katottg;

  @Column(name = "name_uk")
  public String nameUk;

  @Column(name = "name_en")
  public String nameEn;

  public String kind;
  public String jurisdiction;
  public String currency;

  /** The oblast of a community; null for a region whose parent is its jurisdiction. */
  @Column(name = "parent_code")
  public String parentCode;

  public Integer population;

  /** The kind of a territorial community (hromada). */
  public static final String COMMUNITY = "COMMUNITY";
}
