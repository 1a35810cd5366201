/**
 * `npm run bench:analysis`: whole-database metrics at generated scales (BENCH_SCALES, default
 * "100000:1000000"; BENCH_HUGE=1 adds 1,000,000:10,000,000), bulk-loaded as bench:scale does.
 * Metrics BENCH_METRICS (default "pagerank,community"). Two runs: through GraphQL, computed in the
 * server's metrics worker and polled until DONE (the slowest poll shows whether the HTTP thread
 * stayed free), then the same computation in this thread with the time of each stage (reading the
 * graph, then each metric). Peak RSS is the process's (the worker is a thread of it), sampled every
 * 50 ms, beside the RSS before the run. Prints a `BENCH_RESULT {...}` line. BENCH_NEO4J_HOME: a
 * store already loaded (bulk-loading ten million relationships through Cypher takes hours), opened
 * as it is and left in place; the one scale in BENCH_SCALES then only labels the run.
 */
import type { MetricName } from "@atlas/analysis";
import { generateDataset } from "@atlas/seed/generate";
import { computeDatabaseMetrics } from "../server/src/analysis/computeDatabaseMetrics.ts";
import { bulkLoad } from "../server/src/loading/bulkLoad.ts";
import { Executor } from "../server/src/neo4j/executor.ts";
import { pollDatabaseMetrics } from "./scale/pollDatabaseMetrics.ts";
import { startThrowawayAtlas } from "./startThrowawayAtlas.ts";

const scales = [
  ...(process.env.BENCH_SCALES ?? "100000:1000000").split(","),
  ...(process.env.BENCH_HUGE === "1" ? ["1000000:10000000"] : []),
].map((s) => s.split(":").map(Number) as [number, number]);
const keptHome = process.env.BENCH_NEO4J_HOME;
const NAMES = (process.env.BENCH_METRICS ?? "pagerank,community").split(",") as MetricName[];
const MB = 1024 * 1024;

/** Peak RSS while `work` runs, sampled every 50 ms. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ value: T; beforeMb: number; peakMb: number }> {
  const beforeMb = process.memoryUsage().rss / MB;
  let peakMb = beforeMb;
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, process.memoryUsage().rss / MB)), 50);
  try {
    const value = await work();
    return { value, beforeMb, peakMb: Math.max(peakMb, process.memoryUsage().rss / MB) };
  } finally {
    clearInterval(sampler);
  }
}

for (const [actors, relationships] of scales) {
  console.log(`\n## ${actors} actors / ${relationships} relationships: ${NAMES.join(" + ")}`);
  const atlas = await startThrowawayAtlas(
    {
      SEED_ON_START: "false",
      LOCAL_NEO4J_HEAP: "4g",
      LOCAL_NEO4J_PAGECACHE: "2g",
      RATE_LIMIT_PER_MINUTE: "10000000",
    },
    keptHome,
  );
  const result: Record<string, unknown> = { actors, relationships, metrics: NAMES };
  try {
    const executor = new Executor(atlas.driver, "neo4j");
    if (!keptHome) {
      const started = performance.now();
      await bulkLoad(executor, generateDataset(actors, relationships), { origin: "bench", batchSize: 10_000 });
      console.log(`generated and loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }

    const viaWorker = await withPeakRss(() => pollDatabaseMetrics(atlas.url, NAMES, 250));
    const { seconds, slowestPollMs, answer } = viaWorker.value;
    console.log(
      "| run | total (s) | slowest poll (ms) | RSS before (MB) | peak RSS (MB) |\n|---|---:|---:|---:|---:|\n" +
        `| GraphQL, metrics worker | ${seconds.toFixed(1)} | ${slowestPollMs.toFixed(0)} | ${viaWorker.beforeMb.toFixed(0)} | ${viaWorker.peakMb.toFixed(0)} |`,
    );
    console.log(`simple graph: ${answer.actors} actors, ${answer.links} links; modularity ${answer.modularity}`);

    const stages: Array<{ stage: string; at: number }> = [];
    const inThread = await withPeakRss(async () => {
      const started = performance.now();
      await computeDatabaseMetrics(executor, NAMES, ({ stage }) => {
        const kind = stage.startsWith("reading") ? "reading the graph" : stage;
        if (stages.at(-1)?.stage !== kind) stages.push({ stage: kind, at: performance.now() - started });
      });
      return (performance.now() - started) / 1000;
    });
    const timings = stages
      .slice(0, -1)
      .map(({ stage, at }, i) => ({ stage, seconds: (stages[i + 1]!.at - at) / 1000 }));
    console.log(
      `\nIn this thread, ${inThread.value.toFixed(1)} s in all (peak RSS ${inThread.peakMb.toFixed(0)} MB from ${inThread.beforeMb.toFixed(0)} MB):`,
    );
    for (const { stage, seconds: s } of timings) console.log(`- ${stage}: ${s.toFixed(1)} s`);
    Object.assign(result, {
      workerSeconds: seconds,
      slowestPollMs,
      workerPeakRssMb: viaWorker.peakMb,
      rssBeforeMb: viaWorker.beforeMb,
      inThreadSeconds: inThread.value,
      stages: timings,
      links: answer.links,
      modularity: answer.modularity,
    });
    console.log(`BENCH_RESULT ${JSON.stringify({ analysis: result })}`);
  } finally {
    await atlas.dispose();
  }
}
