package io.dtmonitor.platform.audit;

import io.dtmonitor.platform.http.QueryValues;
import io.dtmonitor.platform.paging.Page;
import io.dtmonitor.platform.paging.PageRequest;
import io.dtmonitor.platform.problem.ProblemException;
import io.dtmonitor.platform.security.RegionAccess;
import io.dtmonitor.platform.security.Roles;
import io.dtmonitor.platform.text.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Reads the audit log for a caller: the ministry and admins read every record, a CDTO the records
 * of its own region's objects, and nobody else any.
 */
@ApplicationScoped
public class AuditReader {

  private final AuditRecords records;
  private final RegionAccess access;

  public AuditReader(AuditRecords records, RegionAccess access) {
    this.records = records;
    this.access = access;
  }

  @Transactional
  public Page<AuditRecordResponse> read(
      String objectType, String objectId, String actor, String from, String to, PageRequest page) {
    return records.find(
        new AuditQuery(
            Optional.ofNullable(Texts.blankToNull(objectType)),
            Optional.ofNullable(Texts.blankToNull(objectId)),
            Optional.ofNullable(Texts.blankToNull(actor)),
            QueryValues.moment("from", from),
            QueryValues.moment("to", to),
            reach(),
            page));
  }

  /** The region the caller's reading is limited to, empty for every region. */
  private Optional<String> reach() {
    if (access.hasRole(Roles.MINISTRY) || access.hasRole(Roles.ADMIN)) {
      return Optional.empty();
    }
    return access
        .callerRegion()
        .filter(access::isCdtoOf)
        .map(Optional::of)
        .orElseThrow(
            () ->
                ProblemException.forbidden(
                    "Only the ministry, admins and a region's CDTO read the audit log"));
  }
}
