package io.dtmonitor.e2e;

import io.dtmonitor.client.indicator.api.CrossRegionViewApi;
import io.dtmonitor.client.indicator.api.ObservationsApi;
import io.dtmonitor.client.programme.api.ProgrammeVersionsApi;
import io.dtmonitor.client.programme.api.ProgrammesApi;
import io.dtmonitor.client.reporting.api.ReportsApi;
import io.dtmonitor.seed.Actor;
import io.dtmonitor.seed.ServiceClients;

/**
 * The generated API objects the fault workload calls, made once and shared by all its threads: each
 * generated API object builds an HTTP client of its own (with its own connections and selector
 * thread), so making one per request would measure client set-up, not the services.
 */
record WorkloadApis(
    ProgrammesApi programmes,
    ProgrammeVersionsApi versions,
    ReportsApi cdtoReports,
    ReportsApi reviewerReports,
    ObservationsApi observations,
    CrossRegionViewApi crossRegion) {

  static WorkloadApis of(ServiceClients clients) {
    return new WorkloadApis(
        new ProgrammesApi(clients.programme(Actor.POLTAVA_CDTO)),
        new ProgrammeVersionsApi(clients.programme(Actor.POLTAVA_CDTO)),
        new ReportsApi(clients.reporting(Actor.POLTAVA_CDTO)),
        new ReportsApi(clients.reporting(Actor.POLTAVA_REVIEWER)),
        new ObservationsApi(clients.indicator(Actor.POLTAVA_CDTO)),
        new CrossRegionViewApi(clients.indicator(Actor.MINISTRY)));
  }
}
