/**
 * `npm run bench:scale`: generated datasets (env BENCH_SCALES, default "10000:50000,100000:1000000")
 * bulk-loaded through the project's loader into a throwaway Neo4j, with load rates and peak
 * memory (Node and JVM); then API latencies at that size (p50/p95 over BENCH_RUNS runs) three
 * ways, interleaved: the whole API over HTTP, the GraphQL layer alone (the same schema executed
 * in-process: @neo4j/graphql's translation and graphql-js), and the same Cypher directly through
 * neo4j-driver; finally the explorer in headless Chromium: time until the overview is drawn and
 * until a group's first 500 actors are. Prints a `BENCH_RESULT {...}` line for `npm run bench`.
 * Each step is a module in scale/.
 */
import { startThrowawayAtlas } from "./startThrowawayAtlas.ts";
import { measureLatencies } from "./scale/apiLatencies.ts";
import { measureCurationWrite } from "./scale/curationWrite.ts";
import { measureExplorer } from "./scale/explorerViews.ts";
import { latencyCases } from "./scale/latencyCases.ts";
import { loadGenerated } from "./scale/loadGenerated.ts";

const scales = (process.env.BENCH_SCALES ?? "10000:50000,100000:1000000")
  .split(",")
  .map((s) => s.split(":").map(Number) as [number, number]);
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const CURATION_TOKEN = "bench-curation-token-0123456789";

for (const [actors, relationships] of scales) {
  console.log(`\n## ${actors} actors / ${relationships} relationships`);
  const atlas = await startThrowawayAtlas({
    SEED_ON_START: "false",
    LOCAL_NEO4J_HEAP: "4g",
    LOCAL_NEO4J_PAGECACHE: "2g",
    RATE_LIMIT_PER_MINUTE: "10000000",
    CURATION_TOKEN: CURATION_TOKEN,
  });
  let nodePeak = 0;
  const sampler = setInterval(() => (nodePeak = Math.max(nodePeak, process.memoryUsage().rss)), 100);
  const result: Record<string, unknown> = { actors, relationships };
  try {
    // Only the ids come back, so the generated dataset can be collected before latencies are measured.
    const { loaded, figures } = await loadGenerated(atlas, actors, relationships, () => nodePeak);
    Object.assign(result, figures);
    result.latencies = await measureLatencies(atlas, latencyCases(loaded), RUNS);
    result.curationWriteMs = await measureCurationWrite(atlas, CURATION_TOKEN, loaded.sourceId);
    Object.assign(result, await measureExplorer(atlas.url));
    console.log(`BENCH_RESULT ${JSON.stringify({ scale: result })}`);
  } finally {
    clearInterval(sampler);
    await atlas.dispose();
  }
}
