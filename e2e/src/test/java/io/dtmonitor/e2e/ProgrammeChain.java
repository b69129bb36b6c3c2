package io.dtmonitor.e2e;

import io.dtmonitor.client.programme.model.ProgrammeVersion;
import io.dtmonitor.client.programme.model.VersionStatus;
import io.dtmonitor.client.reporting.model.CreateReportRequest;
import io.dtmonitor.client.reporting.model.MeasureStatus;
import io.dtmonitor.client.reporting.model.Report;
import io.dtmonitor.client.reporting.model.ReportLineUpdate;
import io.dtmonitor.client.reporting.model.ReviewDecision;
import io.dtmonitor.client.reporting.model.ReviewRequest;
import io.dtmonitor.client.reporting.model.UpdateReportLinesRequest;
import io.dtmonitor.e2e.RunningSuite.Service;
import io.dtmonitor.seed.ServiceClients;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One programme's life as Poltava's integration drives it, one write per step: register, import and
 * adopt version 1, import and adopt the amendment (version 2), then create the 2026-Q1 report once
 * reporting-service has the programme from Kafka, fill it, submit it, and the reviewer accepts it.
 * Each step is one request; when a request's outcome is uncertain (cut off by a crash), the chain
 * reads the state back before its next write, as a careful integration would. Once registered, it
 * sends the registration again with the same Idempotency-Key to another replica, as a client whose
 * load balancer retried elsewhere would, and notes whether that answered the same programme.
 */
final class ProgrammeChain {

  /** The steps in order; each is one write. */
  enum Step {
    REGISTER(Service.PROGRAMME),
    IMPORT(Service.PROGRAMME),
    ADOPT(Service.PROGRAMME),
    CREATE_REPORT(Service.REPORTING),
    FILL_REPORT(Service.REPORTING),
    SUBMIT(Service.REPORTING),
    ACCEPT(Service.REPORTING),
    DONE(Service.PROGRAMME);

    final Service service;

    Step(Service service) {
      this.service = service;
    }
  }

  static final int VERSIONS = 2;
  static final String PERIOD = "2026-Q1";

  private final String title;
  private final String registerKey = UUID.randomUUID().toString();
  private final String reportKey = UUID.randomUUID().toString();
  private Step step = Step.REGISTER;
  private boolean resync;
  private UUID programmeId;
  private int version = 1;
  private String draftEtag;
  private UUID reportId;
  private String reportEtag;

  ProgrammeChain(String title) {
    this.title = title;
  }

  Step step() {
    return step;
  }

  /**
   * Sends this chain's next write to {@code apis} (after reading the state back if the last one was
   * uncertain) and records the outcome; returns the failure, or null when the step was
   * acknowledged. A registration is then replayed on {@code otherReplica}.
   */
  CallFailure advance(WorkloadApis apis, WorkloadApis otherReplica, Acknowledged acknowledged) {
    Step attempted = step;
    try {
      if (resync) {
        resynchronise(apis);
        resync = false;
        if (step != attempted) {
          return null;
        }
      }
      write(apis, acknowledged);
      acknowledged.ack(attempted.service);
      if (attempted == Step.REGISTER && otherReplica != apis) {
        replayRegistration(otherReplica, acknowledged);
      }
      return null;
    } catch (Exception e) {
      CallFailure failure = CallFailure.of(e, attempted == Step.CREATE_REPORT);
      acknowledged.failed(failure, e, attempted + " " + programmeId);
      if (failure == CallFailure.UNCERTAIN || failure == CallFailure.STALE) {
        resync = true;
      }
      return failure;
    }
  }

  private void write(WorkloadApis apis, Acknowledged acknowledged) throws Exception {
    switch (step) {
      case REGISTER -> {
        programmeId =
            apis.programmes()
                .registerProgramme(AdoptedProgrammes.registration(title), registerKey)
                .getId();
        acknowledged.programmes.add(programmeId);
        step = Step.IMPORT;
      }
      case IMPORT -> {
        ProgrammeVersion draft =
            apis.versions()
                .importDraftVersion(
                    programmeId, AdoptedProgrammes.document(title + " v" + version), null);
        draftEtag = ServiceClients.etag(draft.getVersion());
        version = draft.getNumber();
        step = Step.ADOPT;
      }
      case ADOPT -> {
        apis.versions()
            .adoptVersion(
                version,
                programmeId,
                draftEtag,
                AdoptedProgrammes.adoption(LocalDate.of(2025, 1, version)));
        acknowledged.adoptions.add(new Acknowledged.Adoption(programmeId, version));
        afterAdoption();
      }
      case CREATE_REPORT -> {
        Report report =
            apis.cdtoReports()
                .createReport(programmeId, new CreateReportRequest().period(PERIOD), reportKey);
        track(report);
        step = Step.FILL_REPORT;
      }
      case FILL_REPORT -> {
        track(apis.cdtoReports().updateReportLines(reportId, reportEtag, firstQuarterLines()));
        step = Step.SUBMIT;
      }
      case SUBMIT -> {
        track(apis.cdtoReports().submitReport(reportId, reportEtag));
        acknowledged.reportStatus.put(reportId, "SUBMITTED");
        step = Step.ACCEPT;
      }
      case ACCEPT -> {
        track(
            apis.reviewerReports()
                .reviewReport(
                    reportId, reportEtag, new ReviewRequest().decision(ReviewDecision.ACCEPT)));
        acknowledged.reportStatus.put(reportId, "ACCEPTED");
        step = Step.DONE;
      }
      case DONE -> throw new IllegalStateException("the chain is complete");
    }
  }

  private void replayRegistration(WorkloadApis otherReplica, Acknowledged acknowledged) {
    try {
      UUID replayed =
          otherReplica
              .programmes()
              .registerProgramme(AdoptedProgrammes.registration(title), registerKey)
              .getId();
      acknowledged.replayed(registerKey, programmeId, replayed);
    } catch (Exception unanswered) {
      // The other replica is down or the database is: nothing to compare.
    }
  }

  /** The first quarter's line of the workload's one measure: 150.0 funded, 120.5 spent. */
  static UpdateReportLinesRequest firstQuarterLines() {
    return new UpdateReportLinesRequest()
        .lines(
            List.of(
                new ReportLineUpdate()
                    .measureCode("1.1")
                    .fundedYtd("150.0")
                    .spentYtd("120.5")
                    .measureStatus(MeasureStatus.IN_PROGRESS)
                    .narrative("Перші 12 цифрових робочих місць облаштовано")));
  }

  private void afterAdoption() {
    if (version < VERSIONS) {
      version++;
      step = Step.IMPORT;
    } else {
      step = Step.CREATE_REPORT;
    }
  }

  /** Reads back what an uncertain write left, and moves to the step that state calls for. */
  private void resynchronise(WorkloadApis apis) throws Exception {
    switch (step) {
      case IMPORT -> {
        ProgrammeVersion latest = latestVersion(apis);
        if (latest != null) {
          draftEtag = ServiceClients.etag(latest.getVersion());
          step = latest.getStatus() == VersionStatus.DRAFT ? Step.ADOPT : step;
        }
      }
      case ADOPT -> {
        ProgrammeVersion current = apis.versions().getVersion(version, programmeId);
        draftEtag = ServiceClients.etag(current.getVersion());
        if (current.getStatus() != VersionStatus.DRAFT) {
          afterAdoption();
        }
      }
      case FILL_REPORT, SUBMIT, ACCEPT -> {
        Report report = apis.cdtoReports().getReport(reportId);
        track(report);
        step =
            switch (report.getStatus()) {
              case DRAFT, RETURNED -> step == Step.FILL_REPORT ? Step.FILL_REPORT : Step.SUBMIT;
              case SUBMITTED -> Step.ACCEPT;
              case ACCEPTED -> Step.DONE;
              default -> throw new IllegalStateException("unknown status " + report.getStatus());
            };
      }
      default -> {
        // REGISTER and CREATE_REPORT carry an Idempotency-Key: sending them again is safe.
      }
    }
  }

  /** The version this chain is importing, or null when the import did not happen. */
  private ProgrammeVersion latestVersion(WorkloadApis apis) throws Exception {
    try {
      return apis.versions().getVersion(version, programmeId);
    } catch (io.dtmonitor.client.programme.ApiException e) {
      if (e.getCode() == 404) {
        return null;
      }
      throw e;
    }
  }

  private void track(Report report) {
    reportId = report.getId();
    reportEtag = ServiceClients.etag(report.getVersion());
  }
}
