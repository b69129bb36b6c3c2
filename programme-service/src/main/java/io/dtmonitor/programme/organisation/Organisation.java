package io.dtmonitor.programme.organisation;

import io.dtmonitor.platform.persistence.AuditedEntity;
import io.dtmonitor.platform.text.Texts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A body that initiates, develops or carries out programmes: a department, a council, an
 * institution. It keeps every name it had, each with the dates it was valid, so a renamed body is
 * still one body and a version adopted before the rename still reads with the old name.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends AuditedEntity {

  @Id public UUID id;

  @Column(name = "region_code", updatable = false)
  public String regionCode;

  @Column(updatable = false)
  public String edrpou;

  @Enumerated(EnumType.STRING)
  public OrganisationKind kind;

  @Enumerated(EnumType.STRING)
  public OrganisationStatus status = OrganisationStatus.REGISTERED;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "organisation_name", joinColumns = @JoinColumn(name = "organisation_id"))
  List<OrganisationName> names = new ArrayList<>();

  /** The current name in the form it is searched and ordered in. */
  @Column(name = "name_search")
  String nameSearch;

  /** Every name, oldest first. */
  public List<OrganisationName> names() {
    return names.stream()
        .sorted(
            Comparator.comparing(
                (OrganisationName name) -> name.validFrom,
                Comparator.nullsFirst(Comparator.naturalOrder())))
        .toList();
  }

  /** The name it had on {@code date}, else its earliest name: how a version dated then shows it. */
  public OrganisationName nameAsOf(LocalDate date) {
    return nameOn(date).orElseGet(() -> names().get(0));
  }

  /** Whether {@code searchable} is one of its Ukrainian names, in the form text is searched in. */
  boolean isCalled(String searchable) {
    return names.stream().anyMatch(name -> Texts.searchable(name.nameUk).equals(searchable));
  }

  /** Whether it was called {@code searchable} on {@code date}. */
  boolean wasCalledOn(String searchable, LocalDate date) {
    return names.stream()
        .anyMatch(name -> name.validOn(date) && Texts.searchable(name.nameUk).equals(searchable));
  }

  /** The name in use now. */
  public OrganisationName currentName() {
    List<OrganisationName> ordered = names();
    return ordered.get(ordered.size() - 1);
  }

  /** The name the organisation had on {@code date}, if it existed under a known name then. */
  public Optional<OrganisationName> nameOn(LocalDate date) {
    return names.stream().filter(name -> name.validOn(date)).findFirst();
  }

  /** Adds the name that follows the current one, which stays valid until the new one starts. */
  void addName(OrganisationName name) {
    if (!names.isEmpty()) {
      currentName().validUntil = name.validFrom;
    }
    names.add(name);
    nameSearch = name.nameSearch;
  }
}
