/**
 * `npm run bench:store -- HOME`: the API on a local store already loaded by `npm run import --
 * --initial` (LOCAL_NEO4J_HOME of that import): overview, search, evidence search,
 * neighbourhoods, shortest path, filtered subgraph and whole-database metrics (bench/scale/storeApi.ts).
 * Env: BENCH_RUNS (default 200), BENCH_HEAP (4g), BENCH_PAGECACHE (8g), BENCH_METRICS
 * ("pagerank,community"). `bench/initialLoadBench.ts` runs the same after its load with BENCH_API=1.
 */
import { existsSync } from "node:fs";
import { measureStoreApi } from "./scale/storeApi.ts";

const home = process.argv[2];
if (!home || !existsSync(home)) {
  console.error("usage: npm run bench:store -- HOME (a Neo4j home loaded by npm run import -- --initial)");
  process.exit(2);
}
const result = await measureStoreApi({
  home,
  heap: process.env.BENCH_HEAP ?? "4g",
  pageCache: process.env.BENCH_PAGECACHE ?? "8g",
  // A p95 of 50 samples is the third-slowest: one stall of the machine moves it.
  runs: Number(process.env.BENCH_RUNS ?? 200),
  metrics: (process.env.BENCH_METRICS ?? "pagerank,community").split(","),
});
console.log(`BENCH_RESULT ${JSON.stringify({ storeApi: result })}`);
