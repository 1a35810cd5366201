/**
 * `npm run bench:scale`: generated datasets (env BENCH_SCALES, default "10000:50000,100000:1000000")
 * bulk-loaded through the project's loader into a throwaway Neo4j, with load rates and peak
 * memory (Node and JVM), then API latencies at that size (p50/p95 over BENCH_RUNS runs) and the
 * overhead of the GraphQL layer against the same Cypher run directly through neo4j-driver.
 */
import { readCypher } from "@atlas/cypher";
import { bulkLoad } from "@atlas/seed";
import { generateDataset, seeded } from "@atlas/seed/generate";
import { readFileSync } from "node:fs";
import neo4j from "neo4j-driver";
import { startThrowawayAtlas } from "./startThrowawayAtlas.ts";

const scales = (process.env.BENCH_SCALES ?? "10000:50000,100000:1000000")
  .split(",")
  .map((s) => s.split(":").map(Number) as [number, number]);
const RUNS = Number(process.env.BENCH_RUNS ?? 100);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

function jvmPeakMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

for (const [actors, relationships] of scales) {
  console.log(`\n## ${actors} actors / ${relationships} relationships`);
  const atlas = await startThrowawayAtlas({
    SEED_ON_START: "false",
    LOCAL_NEO4J_HEAP: "4g",
    LOCAL_NEO4J_PAGECACHE: "2g",
    RATE_LIMIT_PER_MINUTE: "10000000",
  });
  let nodePeak = 0;
  const sampler = setInterval(() => (nodePeak = Math.max(nodePeak, process.memoryUsage().rss)), 100);
  try {
    let started = performance.now();
    const dataset = generateDataset(actors, relationships);
    console.log(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    started = performance.now();
    const timings = await bulkLoad(atlas.driver, "neo4j", dataset, { origin: "bench", batchSize: 10_000 });
    const total = (performance.now() - started) / 1000;
    console.log(
      "| actors/s | relationships/s | total load (s) | Node peak RSS (MB) | JVM peak RSS (MB) |\n|---:|---:|---:|---:|---:|",
    );
    console.log(
      `| ${(timings.actors / timings.actorSeconds).toFixed(0)} | ${(timings.relationships / timings.relationshipSeconds).toFixed(0)} | ${total.toFixed(1)} | ${(nodePeak / 1e6).toFixed(0)} | ${jvmPeakMb(atlas.localNeo4j!.pid).toFixed(0)} |`,
    );

    const rng = seeded(99);
    const pick = () => dataset.actors[Math.floor(rng() * dataset.actors.length)]!.id;
    const quiet = dataset.actors.filter((a) => a.type === "Person").map((a) => a.id);
    const pickQuiet = () => quiet[Math.floor(rng() * quiet.length)]!;
    const graphql = async (query: string, variables: Record<string, unknown>) => {
      const response = await fetch(`${atlas.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { errors?: Array<{ message: string }> };
      if (body.errors) throw new Error(body.errors[0]!.message);
    };
    const direct = async (name: string, params: Record<string, unknown>) => {
      await atlas.driver.executeQuery(readCypher(name), params, { routing: "READ" });
    };
    const cases: Array<[string, () => Promise<void>, (() => Promise<void>) | null]> = [];
    const searchText = () =>
      `${["City", "NGO", "Project", "Person"][Math.floor(rng() * 4)]} ${Math.floor(rng() * 1000)}`;
    let id = pick();
    let text = searchText();
    cases.push([
      "search",
      () =>
        graphql(
          `
            query ($t: String!) {
              search(text: $t, limit: 10) {
                id
                name
                type
              }
            }
          `,
          { t: text },
        ),
      () => direct("explore/search-actors", { text, limit: neo4j.int(10) }),
    ]);
    cases.push([
      "neighbourhood depth 1",
      () =>
        graphql(
          `
            query ($id: ID!) {
              neighbourhood(id: $id, depth: 1) {
                nodes {
                  id
                }
                edges {
                  id
                }
              }
            }
          `,
          { id },
        ),
      () => direct("explore/neighbourhood", { id, depth: 1 }),
    ]);
    cases.push([
      "neighbourhood depth 2 (people)",
      () =>
        graphql(
          `
            query ($id: ID!) {
              neighbourhood(id: $id, depth: 2) {
                nodes {
                  id
                }
                edges {
                  id
                }
              }
            }
          `,
          { id },
        ),
      null,
    ]);
    cases.push([
      "shortest path",
      () =>
        graphql(
          `
            query ($a: ID!, $b: ID!) {
              shortestPath(from: $a, to: $b) {
                nodes {
                  id
                }
              }
            }
          `,
          { a: id, b: pick() },
        ),
      null,
    ]);
    cases.push([
      "filtered subgraph (cities in DE, 100)",
      () =>
        graphql(
          `
            {
              actors(where: { type: { eq: "City" }, country: { eq: "DE" } }, limit: 100) {
                id
                name
                memberOf {
                  id
                }
              }
            }
          `,
          {},
        ),
      null,
    ]);
    console.log(
      "\n| query | GraphQL p50 (ms) | GraphQL p95 (ms) | direct Cypher p50 (ms) | direct p95 (ms) | overhead (p50 ratio) |\n|---|---:|---:|---:|---:|---:|",
    );
    for (const [name, viaGraphql, viaDriver] of cases) {
      const g: number[] = [];
      const d: number[] = [];
      for (let i = 0; i < RUNS + 5; i++) {
        id = name.includes("people") ? pickQuiet() : pick();
        text = searchText();
        let t = performance.now();
        await viaGraphql();
        if (i >= 5) g.push(performance.now() - t);
        if (viaDriver) {
          t = performance.now();
          await viaDriver();
          if (i >= 5) d.push(performance.now() - t);
        }
      }
      const ratio = d.length ? (percentile(g, 50) / percentile(d, 50)).toFixed(2) : "";
      console.log(
        `| ${name} | ${percentile(g, 50).toFixed(1)} | ${percentile(g, 95).toFixed(1)} | ${d.length ? percentile(d, 50).toFixed(1) : ""} | ${d.length ? percentile(d, 95).toFixed(1) : ""} | ${ratio} |`,
      );
    }
  } finally {
    clearInterval(sampler);
    await atlas.dispose();
  }
}
