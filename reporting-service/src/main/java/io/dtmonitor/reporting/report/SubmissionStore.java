package io.dtmonitor.reporting.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtmonitor.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Keeps each submission's line values, so submissions can be compared later. */
@ApplicationScoped
public class SubmissionStore {

  private static final TypeReference<List<LineSnapshot>> LINES = new TypeReference<>() {};

  private final EntityManager entityManager;
  private final ObjectMapper json;

  public SubmissionStore(EntityManager entityManager, ObjectMapper json) {
    this.entityManager = entityManager;
    this.json = json;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(Report report) {
    try {
      entityManager
          .createNativeQuery(
              "insert into report_submission (report_id, number, submitted_at, lines) values (?1, ?2, ?3, ?4)")
          .setParameter(1, report.id)
          .setParameter(2, report.submissions)
          .setParameter(3, OffsetDateTime.ofInstant(report.submittedAt, ZoneOffset.UTC))
          .setParameter(
              4, json.writeValueAsString(report.lines.stream().map(LineSnapshot::of).toList()))
          .executeUpdate();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Submission cannot be stored", e);
    }
  }

  public List<LineSnapshot> lines(UUID reportId, int number) {
    @SuppressWarnings("unchecked")
    List<String> rows =
        entityManager
            .createNativeQuery(
                "select lines from report_submission where report_id = ?1 and number = ?2")
            .setParameter(1, reportId)
            .setParameter(2, number)
            .getResultList();
    if (rows.isEmpty()) {
      throw ProblemException.notFound("Submission " + number + " of report", reportId);
    }
    try {
      return json.readValue(rows.get(0), LINES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored submission cannot be read", e);
    }
  }
}
