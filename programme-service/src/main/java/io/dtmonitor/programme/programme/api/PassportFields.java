package io.dtmonitor.programme.programme.api;

import java.util.List;

/** The passport fields create and update requests share. */
public interface PassportFields {

  /** The most responsible executors a programme names. */
  int MAX_EXECUTORS = 50;

  String titleUk();

  String titleEn();

  Integer firstYear();

  Integer lastYear();

  String legalBasis();

  String initiator();

  List<String> responsibleExecutors();

  String strategicGoalRef();

  String currency();
}
