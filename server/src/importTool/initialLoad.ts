/**
 * `npm run import -- ... --initial`: the first load of a large dataset through Neo4j's own import
 * tool, about ten times the rate of batched Cypher. Streams and validates the input (the rules of
 * every other import), writes the tool's CSV files, imports them into a fresh store in a
 * temporary folder and swaps it in only on success, so an interrupted or failed import leaves the
 * database as it was. Then starts Neo4j, applies the schema and waits until every index is online.
 * The tool runs in the JVM that then starts Neo4j (the launcher's importFirst).
 */
import type { ImportFirst } from "@atlas/neo4j-launcher";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import type { Config } from "../config.ts";
import { CURATION_ORIGIN } from "../curation/curationService.ts";
import { ImportToolFiles } from "./importToolFiles.ts";
import type { StreamInput } from "./readImportStream.ts";
import { assertNotInUse, ImportRefused, nonEmptyRefusal, REMOTE_REFUSAL, storePaths } from "./storeGuards.ts";
import { startAndIndex, withLocalNeo4j } from "./indexStore.ts";
import { toProgressLine } from "./toolProgress.ts";
import type { LineSink } from "./csvBlocks.ts";
import { validateStreamed } from "./validateStream.ts";

const WORK_PREFIX = "initial-import-";

export interface InitialLoadOptions {
  who: string;
  progress: (line: string) => void;
  /** Longest wait for the indexes after the start (large imports populate for minutes). */
  indexTimeoutMs?: number;
}

export interface InitialLoadReport {
  sources: number;
  actors: number;
  relationships: number;
  seconds: { validate: number; importTool: number; indexes: number };
}

export async function initialLoad(
  config: Config,
  input: StreamInput,
  { who, progress, indexTimeoutMs = 3_600_000 }: InitialLoadOptions,
): Promise<InitialLoadReport> {
  if (config.neo4j.uri) throw new ImportRefused(REMOTE_REFUSAL);
  const { home } = config.local;
  const database = config.neo4j.database;
  const paths = storePaths(home, database);
  assertNotInUse(home, database);
  if (existsSync(paths.store)) await assertEmpty(config);

  // Work folders of imports stopped hard (SIGKILL) hold nothing the database uses.
  for (const entry of existsSync(home) ? readdirSync(home) : []) {
    const pid = Number(entry.slice(WORK_PREFIX.length));
    if (entry.startsWith(WORK_PREFIX) && !isRunning(pid))
      rmSync(path.join(home, entry), { recursive: true, force: true });
  }
  const work = path.join(home, `${WORK_PREFIX}${process.pid}`);
  mkdirSync(path.join(work, "csv"), { recursive: true });
  // Ctrl-C: the tool stops with us (the launcher's JVM ends when our pipe to it closes), and the
  // half-built store goes with the folder.
  const onSignal = () => {
    rmSync(work, { recursive: true, force: true });
    process.exit(130);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    let started = performance.now();
    progress("validating and writing the import tool's files...");
    const files = new ImportToolFiles(path.join(work, "csv"), CURATION_ORIGIN);
    let records = 0;
    const tick = (more: number) => {
      const millions = Math.floor(records / 1_000_000);
      records += more;
      if (Math.floor(records / 1_000_000) > millions)
        progress(`  ${(millions + 1) * 1_000_000} records valid and written...`);
    };
    const sink: LineSink = {
      origin: files.origin,
      line: (kind, line) => (files.line(kind, line), kind !== "source" && tick(1)),
      lines: (runs, count) => (files.lines(runs), tick(count)),
    };
    let args: string[] = [];
    const { counts } = await validateStreamed(input, sink).finally(() => (args = files.close()));
    const validate = (performance.now() - started) / 1000;
    progress(`valid: ${counts.actors} actors, ${counts.relationships} relationships (${validate.toFixed(1)} s)`);

    started = performance.now();
    let importTool = 0;
    const importFirst: ImportFirst = {
      home: work,
      args: [
        "database",
        "import",
        "full",
        database,
        "--id-type=actual",
        "--array-delimiter=U+001F",
        "--max-off-heap-memory=2G",
        `--report-file=${path.join(work, "import.report")}`,
        ...args,
      ],
      onLine: (line) => toProgressLine(line, progress),
      beforeStart: () => {
        importTool = (performance.now() - started) / 1000;
        assertNotInUse(home, database);
        swapIn(storePaths(work, database), paths);
        started = performance.now();
      },
    };
    await startAndIndex(config, who, counts, progress, indexTimeoutMs, importFirst);
    return {
      ...counts,
      seconds: { validate, importTool, indexes: (performance.now() - started) / 1000 },
    };
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    rmSync(work, { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts the local Neo4j on the existing store: refuses unless it holds no node. */
async function assertEmpty(config: Config): Promise<void> {
  await withLocalNeo4j(
    config,
    () => undefined,
    {},
    async (executor) => {
      const nodes = Number((await executor.read("seed/count-nodes"))[0]?.count ?? 0);
      if (nodes > 0) throw nonEmptyRefusal(config.local.home, nodes);
    },
  );
}

/** The new store replaces the (empty) old one; the old files go with the work folder. */
function swapIn(built: ReturnType<typeof storePaths>, target: ReturnType<typeof storePaths>): void {
  for (const key of ["store", "transactions"] as const) {
    mkdirSync(path.dirname(target[key]), { recursive: true });
    if (existsSync(target[key])) renameSync(target[key], `${built[key]}-replaced`);
    renameSync(built[key], target[key]);
  }
}
