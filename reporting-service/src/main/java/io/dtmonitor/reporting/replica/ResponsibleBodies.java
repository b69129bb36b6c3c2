package io.dtmonitor.reporting.replica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The bodies responsible for each measure of an adopted version, as the version names them, each
 * with the name its organisation had on a given day: all from the replica of programme-service's
 * events, read in one statement.
 */
@ApplicationScoped
public class ResponsibleBodies {

  private final EntityManager entityManager;

  public ResponsibleBodies(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * A body as the version names it, its organisation (absent when the name is linked to none) and
   * that organisation's name on the day asked for (absent while its events have not arrived).
   */
  public record Body(String name, UUID organisationId, String organisationName) {}

  /**
   * The bodies of each measure of {@code version}, in the version's order, with their names on
   * {@code on} (or their first known name, for a day before it).
   */
  public Map<String, List<Body>> of(UUID programmeId, int version, LocalDate on) {
    @SuppressWarnings("unchecked")
    List<Tuple> rows =
        entityManager
            .createNativeQuery(
                """
                select b.measure_code, b.name_as_written, b.organisation_id,
                       (select n.name_uk from replica_organisation_name n
                         where n.organisation_id = b.organisation_id
                         order by (n.valid_from is null or n.valid_from <= ?3)
                                  and (n.valid_until is null or ?3 < n.valid_until) desc,
                                  n.position
                         limit 1) as organisation_name
                  from replica_measure_body b
                 where b.programme_id = ?1 and b.version_number = ?2
                 order by b.measure_code, b.position
                """,
                Tuple.class)
            .setParameter(1, programmeId)
            .setParameter(2, version)
            .setParameter(3, on)
            .getResultList();
    Map<String, List<Body>> bodies = new LinkedHashMap<>();
    for (Tuple row : rows) {
      bodies
          .computeIfAbsent(row.get(0, String.class), code -> new ArrayList<>())
          .add(
              new Body(row.get(1, String.class), row.get(2, UUID.class), row.get(3, String.class)));
    }
    return bodies;
  }
}
