package io.dtmonitor.reporting.schedule;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ScheduleRepository implements PanacheRepositoryBase<ReportingSchedule, UUID> {}
