package io.dtmonitor.seed;

import io.dtmonitor.client.programme.model.OrganisationKind;
import io.dtmonitor.client.programme.model.RegisterOrganisationRequest;
import java.util.List;

/**
 * One body of {@code data/organisations/organisations.json}: how it is registered, and the other
 * spellings the programme documents use for it, which versions link to it by id.
 */
record OrganisationSeed(
    String regionCode,
    OrganisationKind kind,
    String edrpou,
    String nameUk,
    String nameEn,
    List<String> alsoWrittenAs) {

  OrganisationSeed {
    alsoWrittenAs = alsoWrittenAs == null ? List.of() : List.copyOf(alsoWrittenAs);
  }

  RegisterOrganisationRequest registration() {
    return new RegisterOrganisationRequest()
        .regionCode(regionCode)
        .kind(kind)
        .edrpou(edrpou)
        .nameUk(nameUk)
        .nameEn(nameEn);
  }
}
