package io.dtmonitor.programme.organisation;

import io.dtmonitor.platform.text.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * One name of an organisation and when it was valid: from {@code validFrom} (null when the first
 * name's start is not known) until {@code validUntil}, exclusive (null for the current name).
 */
@Embeddable
public class OrganisationName {

  @Column(name = "valid_from")
  public LocalDate validFrom;

  @Column(name = "valid_until")
  public LocalDate validUntil;

  @Column(name = "name_uk")
  public String nameUk;

  @Column(name = "name_en")
  public String nameEn;

  @Column(name = "name_search")
  String nameSearch;

  protected OrganisationName() {}

  OrganisationName(LocalDate validFrom, String nameUk, String nameEn) {
    this.validFrom = validFrom;
    this.nameUk = nameUk;
    this.nameEn = nameEn;
    this.nameSearch = searchable(nameUk, nameEn);
  }

  /** Whether this name was the organisation's on {@code date}. */
  boolean validOn(LocalDate date) {
    return (validFrom == null || !date.isBefore(validFrom))
        && (validUntil == null || date.isBefore(validUntil));
  }

  static String searchable(String nameUk, String nameEn) {
    return Texts.searchable(nameUk + (nameEn == null ? "" : " " + nameEn));
  }
}
