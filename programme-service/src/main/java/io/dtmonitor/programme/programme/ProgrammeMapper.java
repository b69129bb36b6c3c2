package io.dtmonitor.programme.programme;

import io.dtmonitor.programme.programme.api.PassportFields;
import io.dtmonitor.programme.programme.api.ProgrammeResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Copies between programme entities and their request and response records. */
@ApplicationScoped
public class ProgrammeMapper {

  public void applyPassport(PassportFields passport, Programme programme) {
    programme.titleUk = passport.titleUk().strip();
    programme.titleEn = stripToNull(passport.titleEn());
    programme.firstYear = passport.firstYear();
    programme.lastYear = passport.lastYear();
    programme.legalBasis = stripToNull(passport.legalBasis());
    programme.initiator = stripToNull(passport.initiator());
    programme.responsibleExecutors =
        passport.responsibleExecutors() == null
            ? List.of()
            : passport.responsibleExecutors().stream().map(String::strip).toList();
    programme.strategicGoalRef = stripToNull(passport.strategicGoalRef());
  }

  public ProgrammeResponse toResponse(Programme programme) {
    return new ProgrammeResponse(
        programme.id,
        programme.regionCode,
        programme.titleUk,
        programme.titleEn,
        programme.firstYear,
        programme.lastYear,
        programme.legalBasis,
        programme.initiator,
        List.copyOf(programme.responsibleExecutors),
        programme.strategicGoalRef,
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
