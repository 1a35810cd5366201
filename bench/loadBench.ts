/**
 * `npm run bench:load`: a mixed read workload (search, neighbourhood, shortest path, filtered
 * subgraph) with autocannon, 50 connections for 30 s (env BENCH_SECONDS, BENCH_CONNECTIONS), on
 * loopback against a throwaway local Atlas, and beside it on one connection of its own a Cypher
 * example through the console: the console runs one query at a time per client and answers 429 to
 * a second (server/src/http/consoleGate.ts), and every request here comes from one address. The
 * per-client rate limit is raised for the run, for the same reason. Any answer but 2xx fails it.
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
  const mixed = autocannon({
    url: atlas.url,
    connections: connections - 1,
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
    ],
  });
  const consoleLoad = autocannon({
    url: `${atlas.url}/api/cypher`,
    connections: 1,
    duration: seconds,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: example.query }),
  });
  const parts = [
    { name: "GraphQL mix", result: await mixed },
    { name: "Cypher console", result: await consoleLoad },
  ];
  // autocannon reports p50, p90, p97.5 and p99 (no p95).
  console.log(
    `| workload | connections | seconds | requests | requests/s | p50 (ms) | p90 (ms) | p97.5 (ms) | p99 (ms) | non-2xx | errors |`,
  );
  console.log(`|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`);
  for (const { name, result } of parts) {
    const { requests, latency } = result;
    const failed = result.errors + result.timeouts;
    console.log(
      `| ${name} | ${result.connections} | ${seconds} | ${requests.total} | ${requests.average.toFixed(0)} | ${latency.p50} | ${latency.p90} | ${latency.p97_5} | ${latency.p99} | ${result.non2xx} | ${failed} |`,
    );
    if (result.non2xx > 0 || failed > 0) process.exitCode = 1;
  }
} finally {
  await atlas.dispose();
}
