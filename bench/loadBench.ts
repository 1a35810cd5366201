/**
 * `npm run bench:load`: a mixed read workload (search, neighbourhood, shortest path, filtered
 * subgraph, a Cypher example) with autocannon, 50 connections for 30 s (env BENCH_SECONDS,
 * BENCH_CONNECTIONS), on loopback against a throwaway local Atlas. The per-client rate limit is
 * raised for the run, since every request comes from one address.
 */
import autocannon from "autocannon";
import { loadExamples } from "../server/src/console/examples.ts";
import { startThrowawayAtlas } from "./startThrowawayAtlas.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const atlas = await startThrowawayAtlas({ RATE_LIMIT_PER_MINUTE: "10000000" });
const graphql = (query: string) => ({
  method: "POST" as const,
  path: "/graphql",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ query }),
});
const example = loadExamples().find((e) => e.id === "cities-in-several-networks")!;

try {
  const result = await autocannon({
    url: atlas.url,
    connections,
    duration: seconds,
    requests: [
      graphql(`
        {
          search(text: "thessa") {
            id
            name
            type
          }
        }
      `),
      graphql(`
        {
          neighbourhood(id: "eurocities", depth: 1) {
            nodes {
              id
            }
            edges {
              id
              type
              source
              target
            }
          }
        }
      `),
      graphql(`
        {
          shortestPath(from: "bremen", to: "unhcr") {
            nodes {
              id
            }
            edges {
              id
            }
          }
        }
      `),
      graphql(`
        {
          actors(where: { type: { eq: "City" }, country: { eq: "DE" } }) {
            id
            name
            memberOf {
              id
            }
          }
        }
      `),
      {
        method: "POST",
        path: "/api/cypher",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: example.query }),
      },
    ],
  });
  const non2xx = result.non2xx;
  // autocannon reports p50, p90, p97.5 and p99 (no p95).
  console.log(
    `| connections | seconds | requests | requests/s | p50 (ms) | p90 (ms) | p97.5 (ms) | p99 (ms) | non-2xx | errors |`,
  );
  console.log(`|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`);
  console.log(
    `| ${connections} | ${seconds} | ${result.requests.total} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p90} | ${result.latency.p97_5} | ${result.latency.p99} | ${non2xx} | ${result.errors + result.timeouts} |`,
  );
  if (non2xx > 0 || result.errors > 0) process.exitCode = 1;
} finally {
  await atlas.dispose();
}
