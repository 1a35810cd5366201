/**
 * `npm run bench:console`: latency of every worked example through POST /api/cypher (the whole
 * path: HTTP, guard, EXPLAIN, READ transaction, JSON mapping), p50/p95 over 100 runs each,
 * sequential, after 5 warm-up runs, against a throwaway local Neo4j loaded with the seed.
 */
import { loadExamples } from "../server/src/console/examples.ts";
import { startThrowawayAtlas } from "./startThrowawayAtlas.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const atlas = await startThrowawayAtlas({ RATE_LIMIT_PER_MINUTE: "1000000" });

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

try {
  console.log(`| example | rows | p50 (ms) | p95 (ms) |\n|---|---:|---:|---:|`);
  for (const example of loadExamples()) {
    const timings: number[] = [];
    let rows = 0;
    for (let i = 0; i < RUNS + 5; i++) {
      const started = performance.now();
      const response = await fetch(`${atlas.url}/api/cypher`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: example.query }),
      });
      const body = (await response.json()) as { rows?: unknown[]; error?: { message: string } };
      if (!response.ok) throw new Error(`${example.id}: ${body.error?.message}`);
      if (i >= 5) timings.push(performance.now() - started);
      rows = body.rows!.length;
    }
    timings.sort((a, b) => a - b);
    console.log(
      `| ${example.id} | ${rows} | ${percentile(timings, 50).toFixed(1)} | ${percentile(timings, 95).toFixed(1)} |`,
    );
  }
} finally {
  await atlas.dispose();
}
