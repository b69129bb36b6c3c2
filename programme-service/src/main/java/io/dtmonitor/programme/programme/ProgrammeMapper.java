package io.dtmonitor.programme.programme;

import io.dtmonitor.programme.programme.api.PassportFields;
import io.dtmonitor.programme.programme.api.ProgrammeResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Copies between programme entities and their request and response records. */
@ApplicationScoped
public class ProgrammeMapper {

  public void applyPassport(PassportFields passport, Programme programme) {
    programme.passport.titleUk = passport.titleUk().strip();
    programme.passport.titleEn = stripToNull(passport.titleEn());
    programme.passport.firstYear = passport.firstYear();
    programme.passport.lastYear = passport.lastYear();
    programme.passport.legalBasis = stripToNull(passport.legalBasis());
    programme.passport.initiator = stripToNull(passport.initiator());
    programme.passport.responsibleExecutors =
        passport.responsibleExecutors() == null
            ? List.of()
            : passport.responsibleExecutors().stream().map(String::strip).toList();
    programme.passport.strategicGoalRef = stripToNull(passport.strategicGoalRef());
  }

  public ProgrammeResponse toResponse(Programme programme) {
    return new ProgrammeResponse(
        programme.id,
        programme.regionCode,
        programme.passport.titleUk,
        programme.passport.titleEn,
        programme.passport.firstYear,
        programme.passport.lastYear,
        programme.passport.legalBasis,
        programme.passport.initiator,
        List.copyOf(programme.passport.responsibleExecutors),
        programme.passport.strategicGoalRef,
        programme.currency,
        programme.status,
        programme.version,
        programme.createdAt,
        programme.updatedAt);
  }

  private static String stripToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
