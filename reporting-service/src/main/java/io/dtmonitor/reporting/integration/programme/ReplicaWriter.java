package io.dtmonitor.reporting.integration.programme;

import io.dtmonitor.platform.inbox.RegionPin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Writes one adopted version into the replica. Idempotent and order-independent: a version already
 * present is left alone (adopted versions never change), and the programme row keeps the passport
 * of the highest version number seen.
 */
@ApplicationScoped
public class ReplicaWriter {

  private final EntityManager entityManager;

  public ReplicaWriter(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void apply(ProgrammeVersionAdopted event) {
    requireSameRegion(event);
    var passport = event.content().passport();
    entityManager
        .createNativeQuery(
            """
            insert into replica_programme (programme_id, region_code, currency, title_uk, first_year, last_year, latest_version)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            on conflict (programme_id) do update
               set title_uk = excluded.title_uk, first_year = excluded.first_year, last_year = excluded.last_year,
                   latest_version = excluded.latest_version
             where replica_programme.latest_version < excluded.latest_version
            """)
        .setParameter(1, event.programmeId())
        .setParameter(2, event.regionCode())
        .setParameter(3, event.currency())
        .setParameter(4, passport.titleUk())
        .setParameter(5, passport.firstYear())
        .setParameter(6, passport.lastYear())
        .setParameter(7, event.versionNumber())
        .executeUpdate();
    int inserted =
        entityManager
            .createNativeQuery(
                """
                insert into replica_version (programme_id, version_number, effective_from) values (?1, ?2, ?3)
                on conflict do nothing
                """)
            .setParameter(1, event.programmeId())
            .setParameter(2, event.versionNumber())
            .setParameter(3, event.effectiveFrom())
            .executeUpdate();
    if (inserted == 0) {
      return;
    }
    entityManager.unwrap(Session.class).doWork(connection -> insertDetails(connection, event));
  }

  /**
   * The measures and yearly plans of a new version, each as one JDBC batch: a version of the
   * Poltava programme has 30 measures and 89 budget lines, whose rows are then two round trips
   * instead of one each.
   */
  private static void insertDetails(Connection connection, ProgrammeVersionAdopted event)
      throws SQLException {
    try (PreparedStatement measures =
        connection.prepareStatement(
            """
            insert into replica_measure (programme_id, version_number, code, direction_number, title, first_year, last_year)
            values (?, ?, ?, ?, ?, ?, ?)
            """)) {
      for (var measure : event.content().measures()) {
        measures.setObject(1, event.programmeId());
        measures.setInt(2, event.versionNumber());
        measures.setString(3, measure.code());
        measures.setInt(4, measure.directionNumber());
        measures.setString(5, measure.title());
        measures.setInt(6, measure.firstYear());
        measures.setInt(7, measure.lastYear());
        measures.addBatch();
      }
      measures.executeBatch();
    }
    try (PreparedStatement plans =
        connection.prepareStatement(
            """
            insert into replica_plan (programme_id, version_number, measure_code, year, fixed_amount, within_funding, has_fixed)
            values (?, ?, ?, ?, ?, ?, ?)
            """)) {
      for (Map.Entry<PlanKey, Plan> entry : plans(event).entrySet()) {
        plans.setObject(1, event.programmeId());
        plans.setInt(2, event.versionNumber());
        plans.setString(3, entry.getKey().measureCode());
        plans.setInt(4, entry.getKey().year());
        plans.setBigDecimal(5, entry.getValue().fixed());
        plans.setBoolean(6, entry.getValue().withinFunding());
        plans.setBoolean(7, entry.getValue().hasFixed());
        plans.addBatch();
      }
      plans.executeBatch();
    }
    Map<String, UUID> organisations = event.organisationIds();
    try (PreparedStatement bodies =
        connection.prepareStatement(
            """
            insert into replica_measure_body (programme_id, version_number, measure_code, position, name_as_written, organisation_id)
            values (?, ?, ?, ?, ?, ?)
            """)) {
      for (var measure : event.content().measures()) {
        for (int position = 0; position < measure.responsibleExecutors().size(); position++) {
          String name = measure.responsibleExecutors().get(position);
          bodies.setObject(1, event.programmeId());
          bodies.setInt(2, event.versionNumber());
          bodies.setString(3, measure.code());
          bodies.setInt(4, position);
          bodies.setString(5, name);
          bodies.setObject(6, organisations.get(name.strip()));
          bodies.addBatch();
        }
      }
      bodies.executeBatch();
    }
  }

  /**
   * Keeps an organisation's state: the event carries it whole, so a newer version replaces the
   * stored one and an older or repeated one changes nothing, in whatever order they arrive.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void apply(OrganisationState event) {
    @SuppressWarnings("unchecked")
    List<String> known =
        entityManager
            .createNativeQuery(
                "select region_code from replica_organisation where organisation_id = ?1")
            .setParameter(1, event.organisationId())
            .getResultList();
    RegionPin.requireUnchanged(
        "organisation", event.organisationId(), known.stream().findFirst(), event.regionCode());
    int changed =
        entityManager
            .createNativeQuery(
                """
                insert into replica_organisation (organisation_id, region_code, status, version)
                values (?1, ?2, ?3, ?4)
                on conflict (organisation_id) do update
                   set status = excluded.status, version = excluded.version
                 where replica_organisation.version < excluded.version
                """)
            .setParameter(1, event.organisationId())
            .setParameter(2, event.regionCode())
            .setParameter(3, event.status())
            .setParameter(4, event.version())
            .executeUpdate();
    if (changed == 0) {
      return;
    }
    entityManager
        .createNativeQuery("delete from replica_organisation_name where organisation_id = ?1")
        .setParameter(1, event.organisationId())
        .executeUpdate();
    entityManager
        .unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement names =
                  connection.prepareStatement(
                      """
                      insert into replica_organisation_name (organisation_id, position, valid_from, valid_until, name_uk, name_en)
                      values (?, ?, ?, ?, ?, ?)
                      """)) {
                for (int position = 0; position < event.names().size(); position++) {
                  OrganisationState.Name name = event.names().get(position);
                  names.setObject(1, event.organisationId());
                  names.setInt(2, position);
                  names.setObject(3, name.validFrom());
                  names.setObject(4, name.validUntil());
                  names.setString(5, name.nameUk());
                  names.setString(6, name.nameEn());
                  names.addBatch();
                }
                names.executeBatch();
              }
            });
  }

  /** The yearly plan per measure: FIXED lines summed over sources, within funding flagged. */
  private static Map<PlanKey, Plan> plans(ProgrammeVersionAdopted event) {
    Map<PlanKey, Plan> plans = new TreeMap<>();
    for (var line : event.content().lines()) {
      PlanKey key = new PlanKey(line.measureCode(), line.year());
      Plan plan = plans.getOrDefault(key, new Plan(BigDecimal.ZERO, false, false));
      plans.put(
          key,
          line.planned().isFixed()
              ? new Plan(plan.fixed().add(line.planned().amount()), plan.withinFunding(), true)
              : new Plan(plan.fixed(), true, plan.hasFixed()));
    }
    return plans;
  }

  private record PlanKey(String measureCode, int year) implements Comparable<PlanKey> {
    @Override
    public int compareTo(PlanKey other) {
      int byCode = measureCode.compareTo(other.measureCode);
      return byCode != 0 ? byCode : Integer.compare(year, other.year);
    }
  }

  private record Plan(BigDecimal fixed, boolean withinFunding, boolean hasFixed) {}

  /** Dead-letters an event that would move a programme this service knows to another region. */
  private void requireSameRegion(ProgrammeVersionAdopted event) {
    @SuppressWarnings("unchecked")
    List<String> known =
        entityManager
            .createNativeQuery("select region_code from replica_programme where programme_id = ?1")
            .setParameter(1, event.programmeId())
            .getResultList();
    RegionPin.requireUnchanged(
        "programme", event.programmeId(), known.stream().findFirst(), event.regionCode());
  }
}
