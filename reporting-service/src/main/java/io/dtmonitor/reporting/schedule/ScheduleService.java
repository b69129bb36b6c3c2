package io.dtmonitor.reporting.schedule;

import io.dtmonitor.platform.audit.AuditLog;
import io.dtmonitor.platform.http.EntityTags;
import io.dtmonitor.platform.problem.ProblemException;
import io.dtmonitor.platform.problem.ProblemType;
import io.dtmonitor.platform.security.RegionAccess;
import io.dtmonitor.platform.time.ServiceTime;
import io.dtmonitor.reporting.replica.ProgrammeReplica;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reporting schedules per programme. Without one the jurisdiction's rule applies: the 25th of the
 * month after the period in Europe/Kyiv for Ukrainian regions, the 8th for Russian ones.
 */
@ApplicationScoped
public class ScheduleService {

  /** The object type of a schedule's audit records, whose id is its programme's. */
  public static final String AUDITED_AS = "reporting-schedule";

  private final ScheduleRepository schedules;
  private final ProgrammeReplica replica;
  private final RegionAccess access;
  private final AuditLog audit;
  private final Clock clock;

  public ScheduleService(
      ScheduleRepository schedules,
      ProgrammeReplica replica,
      RegionAccess access,
      AuditLog audit,
      Clock clock) {
    this.schedules = schedules;
    this.replica = replica;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** The programme's schedule, or its jurisdiction's default when none is set. */
  public ReportingSchedule effective(UUID programmeId, String regionCode) {
    return schedules
        .findByIdOptional(programmeId)
        .orElseGet(() -> DueRules.defaultFor(programmeId, regionCode));
  }

  /**
   * The effective schedule of each of {@code programmes} (id to region), read in one query: the
   * stored ones, and the jurisdiction's default for the rest.
   */
  public Map<UUID, ReportingSchedule> effective(Map<UUID, String> programmes) {
    Map<UUID, ReportingSchedule> effective = new HashMap<>();
    if (!programmes.isEmpty()) {
      schedules
          .list("programmeId in ?1", programmes.keySet())
          .forEach(schedule -> effective.put(schedule.programmeId, schedule));
    }
    programmes.forEach(
        (id, region) -> effective.computeIfAbsent(id, missing -> DueRules.defaultFor(id, region)));
    return effective;
  }

  public ScheduleResponse get(UUID programmeId) {
    String region = region(programmeId);
    Optional<ReportingSchedule> stored = schedules.findByIdOptional(programmeId);
    return ScheduleResponse.of(
        stored.orElseGet(() -> DueRules.defaultFor(programmeId, region)), stored.isEmpty());
  }

  /** Sets the schedule; replacing a stored one needs its ETag. Applies to reports created later. */
  @Transactional
  public ScheduleResponse set(UUID programmeId, ScheduleRequest request, String ifMatch) {
    String region = region(programmeId);
    access.requireCdtoOf(region);
    try {
      ZoneId.of(request.zone());
    } catch (DateTimeException e) {
      throw ProblemException.invalid("zone", "is not a known time zone");
    }
    Optional<ReportingSchedule> stored = schedules.findByIdOptional(programmeId);
    ReportingSchedule schedule = stored.orElseGet(() -> DueRules.defaultFor(programmeId, region));
    if (stored.isPresent()) {
      EntityTags.requireMatch(ifMatch, schedule.version);
    }
    ScheduleResponse before = stored.map(set -> ScheduleResponse.of(set, false)).orElse(null);
    schedule.quarterly = request.quarterly();
    schedule.annual = request.annual();
    schedule.dueDay = request.dueDay();
    schedule.zone = request.zone();
    schedule.updatedAt = ServiceTime.now(clock);
    schedule.updatedBy = access.callerId();
    if (stored.isEmpty()) {
      schedules.persist(schedule);
    }
    schedules.flush();
    ScheduleResponse after = ScheduleResponse.of(schedule, false);
    audit.record(AUDITED_AS, programmeId, region, before, after);
    return after;
  }

  private String region(UUID programmeId) {
    return replica
        .programme(programmeId)
        .map(ProgrammeReplica.ReplicaProgramme::regionCode)
        .orElseThrow(
            () ->
                new ProblemException(
                    ProblemType.NOT_FOUND,
                    "Programme " + programmeId + " has no adopted version known to reporting"));
  }
}
