/**
 * A ministry aggregator on the generated TypeScript client: pulls the cross-region view and the
 * programme execution export of one period, page by page, and prints one table row per region.
 *
 * Environment: DTM_INDICATOR_URL (indicator-service's base URL, e.g. http://localhost:8083),
 * DTM_TOKEN (a bearer token, for an aggregator its client-credentials token), DTM_PERIOD (e.g.
 * 2022), DTM_JURISDICTION (UA by default). Exit status 0 when both reads succeed, 1 otherwise.
 *
 * Build and run: mvn -pl clients/typescript compile, then
 * node clients/typescript/target/example/examples/ministry-aggregator.js
 */
import {
  Configuration,
  CrossRegionRow,
  CrossRegionViewApi,
  ExportsApi,
  ProgrammeExecutionRow,
  ResponseError,
} from "../target/generated-sources/indicator-service";

/** The parts of Node's process object the example uses (no @types/node needed). */
declare const process: {
  env: Record<string, string | undefined>;
  exit(code: number): never;
};

/** What to pull, from where, as whom. */
interface Pull {
  configuration: Configuration;
  period: string;
  jurisdiction: string;
}

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") {
    throw new Error(`${name} must be set`);
  }
  return value;
}

/** Every region of the view, following nextPageToken to the last page. */
async function allRegions({ configuration, period, jurisdiction }: Pull): Promise<CrossRegionRow[]> {
  const view = new CrossRegionViewApi(configuration);
  const rows: CrossRegionRow[] = [];
  let pageToken: string | undefined;
  do {
    const page = await view.getCrossRegionView({ period, jurisdiction, pageSize: 100, pageToken });
    rows.push(...(page.regions ?? []));
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken !== undefined);
  return rows;
}

/** Every programme execution row of the period, following nextPageToken to the last page. */
async function allExecution({
  configuration,
  period,
  jurisdiction,
}: Pull): Promise<ProgrammeExecutionRow[]> {
  const exports = new ExportsApi(configuration);
  const rows: ProgrammeExecutionRow[] = [];
  let pageToken: string | undefined;
  do {
    const page = await exports.exportProgrammeExecutionJson({
      period,
      jurisdiction,
      pageSize: 100,
      pageToken,
    });
    rows.push(...(page.items ?? []));
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken !== undefined);
  return rows;
}

async function main(): Promise<void> {
  const token = required("DTM_TOKEN");
  const pull: Pull = {
    configuration: new Configuration({
      basePath: required("DTM_INDICATOR_URL"),
      accessToken: async () => token,
    }),
    period: required("DTM_PERIOD"),
    jurisdiction: process.env.DTM_JURISDICTION ?? "UA",
  };
  const [regions, execution] = await Promise.all([allRegions(pull), allExecution(pull)]);
  const programmes = new Map<string, number>();
  for (const row of execution) {
    const region = row.regionCode ?? "?";
    programmes.set(region, (programmes.get(region) ?? 0) + 1);
  }
  const header = ["region", "name", "programmes", "planned", "spent YTD", "execution %"];
  const lines = regions.map((row) => [
    row.regionCode ?? "",
    row.nameEn ?? "",
    String(programmes.get(row.regionCode ?? "") ?? 0),
    row.budget?.plannedFixed ?? "",
    row.budget?.spentYtd ?? "",
    row.budget?.executionPercent ?? "",
  ]);
  console.log(
    `Cross-region view ${pull.period} (${pull.jurisdiction}): ${regions.length} regions`,
  );
  console.log([header, ...lines].map((cells) => cells.join("\t")).join("\n"));
}

/** The failure as a person reads it: for an HTTP error, its status and problem body. */
async function describe(error: unknown): Promise<string> {
  if (error instanceof ResponseError) {
    return `${error.response.status} ${await error.response.text()}`;
  }
  return error instanceof Error ? error.message : String(error);
}

main().catch(async (error: unknown) => {
  console.error(await describe(error));
  process.exit(1);
});
