/**
 * How the load benchmarks run `npm run import` (bench/initialLoadBench.ts, initialLoadPairs.ts):
 * into a local home of its own on a free port, with the memory a user gives Neo4j for a store
 * this size (docs/deployment.md), after the disks are written back; and what they read of its output.
 */
import { execFileSync } from "node:child_process";
import { freePort } from "@atlas/neo4j-launcher";

export interface LoadMemory {
  heap: string;
  pageCache: string;
}

/** BENCH_HEAP and BENCH_PAGECACHE, for every Neo4j a load benchmark starts. */
export const benchMemory: LoadMemory = {
  heap: process.env.BENCH_HEAP ?? "4g",
  pageCache: process.env.BENCH_PAGECACHE ?? "8g",
};

/** `node`'s arguments for `npm run import -- --jsonl FILE MODE`, run from a checkout's root. */
export const importArgs = (file: string, mode: "--initial" | "--bulk") => [
  "--import",
  "tsx",
  "server/src/cli/import.ts",
  "--jsonl",
  file,
  mode,
];

export async function localImportEnv(home: string, { heap, pageCache }: LoadMemory): Promise<Record<string, string>> {
  // Written back first: a generated file (315 MB at 1M) or a removed store flushing to disk
  // meanwhile would take its share of the machine inside the load's time.
  execFileSync("sync");
  return {
    LOCAL_NEO4J_HOME: home,
    LOCAL_NEO4J_BOLT_PORT: String(await freePort()),
    CURATION_TOKEN: "initial-load-bench-token-000000",
    NEO4J_URI: "",
    LOCAL_NEO4J_HEAP: heap,
    LOCAL_NEO4J_PAGECACHE: pageCache,
  };
}

const INITIAL_SUMMARY =
  /with the import tool in ([\d.]+) s \(validate ([\d.]+) s, import tool ([\d.]+) s, start and indexes ([\d.]+) s\)/;

/** Seconds from `--initial`'s last line: total, validate, import tool, start and indexes; undefined without it. */
export function initialLoadFigures(output: string): number[] | undefined {
  return INITIAL_SUMMARY.exec(output)?.slice(1).map(Number);
}
