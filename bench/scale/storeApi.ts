/**
 * The API on a store loaded by `npm run import -- --initial` (1M actors / 10M relationships and
 * the like): Atlas started on it with the given heap and page cache, then the overview (the first
 * answer after the start, computed cold, and the kept one), the latencies of storeCases, and
 * PageRank + Louvain over the whole database through GraphQL, polled until done.
 */
import { startThrowawayAtlas } from "../startThrowawayAtlas.ts";
import { measureLatencies } from "./apiLatencies.ts";
import { graphqlPost } from "./graphqlPost.ts";
import { percentile } from "./percentile.ts";
import { pollDatabaseMetrics } from "./pollDatabaseMetrics.ts";
import { sampleStore, storeCases } from "./storeCases.ts";

export interface StoreApiOptions {
  home: string;
  heap: string;
  pageCache: string;
  runs: number;
  metrics: string[];
}

const OVERVIEW = `{ overview { groups { id actors } links { source target relationships } } }`;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

export async function measureStoreApi({ home, heap, pageCache, runs, metrics }: StoreApiOptions) {
  const start = await timed(() =>
    startThrowawayAtlas(
      {
        SEED_ON_START: "false",
        LOCAL_NEO4J_HEAP: heap,
        LOCAL_NEO4J_PAGECACHE: pageCache,
        RATE_LIMIT_PER_MINUTE: "10000000",
        NEO4J_PASSWORD: process.env.NEO4J_PASSWORD,
      },
      home,
    ),
  );
  const atlas = start.value;
  const result: Record<string, unknown> = { heap, pageCache, startSeconds: start.ms / 1000 };
  try {
    console.log(
      `Atlas started on ${home} in ${(start.ms / 1000).toFixed(1)} s (heap ${heap}, page cache ${pageCache})`,
    );
    const first = await timed(() => graphqlPost(atlas.url, OVERVIEW));
    const kept: number[] = [];
    for (let i = 0; i < 5; i++) kept.push((await timed(() => graphqlPost(atlas.url, OVERVIEW))).ms);
    const groups = (first.value.overview as { groups: unknown[] }).groups.length;
    console.log(
      `overview (${groups} groups): first answer after the start ${first.ms.toFixed(0)} ms (the aggregation, cold), kept: median of 5 ${percentile(kept, 50).toFixed(0)} ms`,
    );
    Object.assign(result, { overviewFirstMs: first.ms, overviewKeptMs: percentile(kept, 50) });

    const sampled = await timed(() => sampleStore(atlas.driver));
    console.log(`sampled ${sampled.value.ids.length} actors in ${(sampled.ms / 1000).toFixed(1)} s`);
    result.latencies = await measureLatencies(atlas, storeCases(sampled.value), runs);

    Object.assign(result, await measureMetrics(atlas.url, metrics));
    return result;
  } finally {
    await atlas.dispose();
  }
}

/** Whole-database metrics through GraphQL, polled every second until done; a refusal is a result too. */
async function measureMetrics(url: string, metrics: string[]) {
  try {
    const { seconds, slowestPollMs, answer } = await pollDatabaseMetrics(url, metrics, 1000);
    console.log(
      `\nwhole-database ${metrics.join(" + ")} through GraphQL: ${seconds.toFixed(1)} s ` +
        `(${answer.actors} actors, ${answer.links} links, modularity ${answer.modularity}; slowest poll ${slowestPollMs.toFixed(0)} ms)`,
    );
    return { metricsSeconds: seconds, slowestPollMs, modularity: answer.modularity };
  } catch (error) {
    console.log(`\nwhole-database ${metrics.join(" + ")} through GraphQL: ${(error as Error).message}`);
    return { metricsError: (error as Error).message };
  }
}
