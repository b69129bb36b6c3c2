package io.dtmonitor.indicator.community;

import io.dtmonitor.indicator.region.Region;
import io.dtmonitor.indicator.region.RegionRepository;
import io.dtmonitor.platform.audit.AuditLog;
import io.dtmonitor.platform.problem.FieldError;
import io.dtmonitor.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * The territorial communities (hromadas) whose values roll up to their oblasts. A community's code
 * is its oblast's with a three-digit number ({@code UA-63-001}), and its KATOTTG code starts as its
 * oblast's does, so both name the oblast; an admin registers or renames them.
 */
@ApplicationScoped
public class CommunityService {

  /** The object type of a community's audit records. */
  public static final String AUDITED_AS = "community";

  private final AuditLog audit;
  private final RegionRepository regions;

  public CommunityService(RegionRepository regions, AuditLog audit) {
    this.audit = audit;
    this.regions = regions;
  }

  /** Registers the community {@code code}, or changes its names, KATOTTG code or population. */
  @Transactional
  public CommunityResponse put(String code, CommunityRequest request) {
    String oblastCode = code.substring(0, code.lastIndexOf('-'));
    Region oblast = regions.findById(oblastCode);
    List<FieldError> errors = new ArrayList<>();
    if (oblast == null || Region.COMMUNITY.equals(oblast.kind)) {
      errors.add(
          FieldError.inBody("code", "does not start with the code of an oblast: " + oblastCode));
    } else if (oblast.katottg != null
        && !request.katottg().startsWith(oblast.katottg.substring(0, 4))) {
      errors.add(
          FieldError.inBody(
              "katottg",
              "must start as its oblast's (" + oblast.katottg.substring(0, 4) + ") does"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.unprocessable(errors);
    }
    Region stored = regions.findById(code);
    CommunityResponse before = stored == null ? null : CommunityResponse.of(stored);
    Region community = stored == null ? new Region() : stored;
    community.code = code;
    community.kind = Region.COMMUNITY;
    community.parentCode = oblast.code;
    community.jurisdiction = oblast.jurisdiction;
    community.currency = oblast.currency;
    community.katottg = request.katottg();
    community.nameUk = request.nameUk().strip();
    community.nameEn = request.nameEn().strip();
    community.population = request.population();
    if (stored == null) {
      regions.persist(community);
    }
    regions.flush();
    CommunityResponse after = CommunityResponse.of(community);
    audit.record(AUDITED_AS, code, oblast.code, before, after);
    return after;
  }

  public CommunityResponse.Listing of(String oblast) {
    return new CommunityResponse.Listing(
        regions.communitiesOf(oblast).stream().map(CommunityResponse::of).toList());
  }
}
