package io.dtmonitor.programme.version.content;

/** Budgets a programme draws on, as passports and budget annexes list them. */
public enum FundingSource {
  /** Державний бюджет. */
  STATE_BUDGET,
  /** Обласний (regional) бюджет. */
  REGIONAL_BUDGET,
  /** Районні, міські, селищні, сільські бюджети. */
  LOCAL_BUDGET,
  /** Інші джерела фінансування. */
  OTHER
}
