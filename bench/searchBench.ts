/**
 * `node --import tsx bench/searchBench.ts`: latency of the search box's two requests (searchHits
 * and searchEvidence) through POST /graphql, p50/p95 over BENCH_RUNS runs of each text, sequential,
 * after 5 warm-up runs, against a throwaway local Neo4j loaded with the seed.
 */
import { startThrowawayAtlas } from "./startThrowawayAtlas.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const TEXTS = [
  "Liege",
  "Seine Saint-Denis",
  "Palermo",
  "IOM",
  "Thesaloniki",
  "Eurocitites",
  "xqzzyvw",
  "advocacy group",
];
const FIELDS = {
  searchHits: "searchHits(text: $t, limit: 8) { id match }",
  searchEvidence: "searchEvidence(text: $t, limit: 5) { quote source title }",
};

const atlas = await startThrowawayAtlas({ RATE_LIMIT_PER_MINUTE: "1000000" });
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

try {
  console.log(`| field | text | hits | p50 (ms) | p95 (ms) |\n|---|---|---:|---:|---:|`);
  for (const [field, selection] of Object.entries(FIELDS)) {
    for (const text of TEXTS) {
      const timings: number[] = [];
      let hits = 0;
      for (let i = 0; i < RUNS + 5; i++) {
        const started = performance.now();
        const response = await fetch(`${atlas.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: `query($t: String!) { ${selection} }`, variables: { t: text } }),
        });
        const body = (await response.json()) as { data?: Record<string, unknown[]>; errors?: { message: string }[] };
        if (!body.data) throw new Error(`${field} "${text}": ${body.errors?.[0]?.message}`);
        if (i >= 5) timings.push(performance.now() - started);
        hits = body.data[field]!.length;
      }
      timings.sort((a, b) => a - b);
      const p50 = percentile(timings, 50).toFixed(1);
      console.log(`| ${field} | ${text} | ${hits} | ${p50} | ${percentile(timings, 95).toFixed(1)} |`);
    }
  }
} finally {
  await atlas.dispose();
}
