/**
 * How the load benchmarks run `npm run import` (bench/initialLoadBench.ts, initialLoadPairs.ts):
 * into a local home of its own on a free port, with the memory a user gives Neo4j for a store
 * this size (docs/deployment.md), after the disks are written back.
 */
import { execFileSync } from "node:child_process";
import { freePort } from "@atlas/neo4j-launcher";

export interface LoadMemory {
  heap: string;
  pageCache: string;
}

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
