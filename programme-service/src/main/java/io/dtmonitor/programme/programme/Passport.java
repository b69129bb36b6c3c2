package io.dtmonitor.programme.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The passport columns a programme and each of its versions share: a programme's passport is its
 * adopted version's once one is adopted.
 */
@Embeddable
public class Passport {

  @Column(name = "title_uk")
  public String titleUk;

  @Column(name = "title_en")
  public String titleEn;

  @Column(name = "first_year")
  public int firstYear;

  @Column(name = "last_year")
  public int lastYear;

  @Column(name = "legal_basis")
  public String legalBasis;

  public String initiator;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "responsible_executors")
  public List<String> responsibleExecutors = new ArrayList<>();

  @Column(name = "strategic_goal_ref")
  public String strategicGoalRef;

  public Passport copy() {
    Passport copy = new Passport();
    copy.titleUk = titleUk;
    copy.titleEn = titleEn;
    copy.firstYear = firstYear;
    copy.lastYear = lastYear;
    copy.legalBasis = legalBasis;
    copy.initiator = initiator;
    copy.responsibleExecutors = new ArrayList<>(responsibleExecutors);
    copy.strategicGoalRef = strategicGoalRef;
    return copy;
  }
}
