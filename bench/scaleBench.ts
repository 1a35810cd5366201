/**
 * `npm run bench:scale`: generated datasets (env BENCH_SCALES, default "10000:50000,100000:1000000")
 * bulk-loaded through the project's loader into a throwaway Neo4j, with load rates and peak
 * memory (Node and JVM); then API latencies at that size (p50/p95 over BENCH_RUNS runs) three
 * ways, interleaved: the whole API over HTTP, the GraphQL layer alone (the same schema executed
 * in-process: @neo4j/graphql's translation and graphql-js), and the same Cypher directly through
 * neo4j-driver; finally the explorer in headless Chromium: time until the overview is drawn and
 * until a group's first 500 actors are. Prints a `BENCH_RESULT {...}` line for `npm run bench`.
 */
import { readCypher } from "@atlas/cypher";
import { bulkLoad } from "../server/src/loading/bulkLoad.ts";
import { generateDataset, seeded } from "@atlas/seed/generate";
import { execute, parse, validate, type DocumentNode } from "graphql";
import { readFileSync } from "node:fs";
import neo4j from "neo4j-driver";
import { launchBrowser } from "../client/e2e/browser.ts";
import { buildSchema } from "../server/src/graphql/schema.ts";
import { startThrowawayAtlas } from "./startThrowawayAtlas.ts";
import { Executor } from "../server/src/neo4j/executor.ts";

const scales = (process.env.BENCH_SCALES ?? "10000:50000,100000:1000000")
  .split(",")
  .map((s) => s.split(":").map(Number) as [number, number]);
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const WARM_UP = 10;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

function jvmPeakMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

interface Case {
  name: string;
  query: string;
  variables: () => Record<string, unknown>;
  /** The statement the GraphQL field runs, with its parameters; null for generated queries. */
  direct: { cypher: string; params: (variables: Record<string, unknown>) => Record<string, unknown> } | null;
}

const SUBGRAPH = "nodes { id } edges { id }";
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
    let started = performance.now();
    let ids: string[];
    let people: string[];
    let sourceId: string;
    {
      // Scoped so the generated dataset can be collected before latencies are measured.
      const dataset = generateDataset(actors, relationships);
      console.log(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      started = performance.now();
      const timings = await bulkLoad(new Executor(atlas.driver, "neo4j"), dataset, {
        origin: "bench",
        batchSize: 10_000,
      });
      const total = (performance.now() - started) / 1000;
      const jvmPeak = jvmPeakMb(atlas.localNeo4j!.pid);
      console.log(
        "| actors/s | relationships/s | total load (s) | Node peak RSS (MB) | JVM peak RSS (MB) |\n|---:|---:|---:|---:|---:|",
      );
      console.log(
        `| ${(timings.actors / timings.actorSeconds).toFixed(0)} | ${(timings.relationships / timings.relationshipSeconds).toFixed(0)} | ${total.toFixed(1)} | ${(nodePeak / 1e6).toFixed(0)} | ${jvmPeak.toFixed(0)} |`,
      );
      Object.assign(result, { loadSeconds: total, nodePeakMb: nodePeak / 1e6, jvmPeakMb: jvmPeak });
      ids = dataset.actors.map((a) => a.id);
      people = dataset.actors.filter((a) => a.type === "Person").map((a) => a.id);
      sourceId = dataset.sources[0]!.id;
    }

    const rng = seeded(99);
    const pick = (from: string[]) => from[Math.floor(rng() * from.length)]!;
    const schema = await buildSchema(new Executor(atlas.driver, "neo4j"));
    const context = () => ({ sessionConfig: { database: "neo4j" }, curator: null, authProblem: "disabled" });
    const viaHttp = async (query: string, variables: Record<string, unknown>) => {
      const response = await fetch(`${atlas.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { errors?: Array<{ message: string }> };
      if (body.errors) throw new Error(body.errors[0]!.message);
    };
    // Parsed and validated once per query text, as Apollo's document cache does on the HTTP path.
    const documents = new Map<string, DocumentNode>();
    const viaLayer = async (query: string, variables: Record<string, unknown>) => {
      let document = documents.get(query);
      if (!document) {
        document = parse(query);
        const problems = validate(schema, document);
        if (problems.length) throw problems[0]!;
        documents.set(query, document);
      }
      const out = await execute({ schema, document, variableValues: variables, contextValue: context() });
      if (out.errors) throw out.errors[0]!;
    };
    const viaDriver = async (cypher: string, params: Record<string, unknown>) => {
      await atlas.driver.executeQuery(cypher, params, { routing: neo4j.routing.READ });
    };
    const searchText = () =>
      `${["City", "NGO", "Project", "Person"][Math.floor(rng() * 4)]} ${Math.floor(rng() * 1000)}`;
    const neighbourhood = (depth: number, from: string[]): Case => ({
      name: `neighbourhood depth ${depth}${from === people ? " (people)" : ""}`,
      query: `query ($id: ID!) { neighbourhood(id: $id, depth: ${depth}) { ${SUBGRAPH} truncated } }`,
      variables: () => ({ id: pick(from) }),
      direct: {
        cypher: readCypher("explore/neighbourhood"),
        params: (v) => ({ id: v.id, depth: neo4j.int(depth), limit: neo4j.int(2000) }),
      },
    });
    const cases: Case[] = [
      {
        name: "search",
        query: `query ($t: String!) { search(text: $t, limit: 10) { id name type } }`,
        variables: () => ({ t: searchText() }),
        direct: { cypher: readCypher("explore/search-actors"), params: (v) => ({ text: v.t, limit: neo4j.int(10) }) },
      },
      neighbourhood(1, ids),
      neighbourhood(2, people),
      neighbourhood(2, ids),
      {
        name: "shortest path",
        query: `query ($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b) { ${SUBGRAPH} } }`,
        variables: () => ({ a: pick(ids), b: pick(ids) }),
        direct: { cypher: readCypher("explore/shortest-path"), params: (v) => ({ from: v.a, to: v.b }) },
      },
      {
        name: "filtered subgraph (cities in DE, 100, with memberships)",
        query: `{ actors(where: { type: { eq: "City" }, country: { eq: "DE" } }, limit: 100) { id name memberOf { id } } }`,
        variables: () => ({}),
        direct: null,
      },
    ];
    console.log(
      "\n| query | HTTP API p50 (ms) | HTTP API p95 (ms) | GraphQL layer p50 (ms) | GraphQL layer p95 (ms) | direct Cypher p50 (ms) | direct p95 (ms) | layer / direct (p50) | HTTP / direct (p50) |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    );
    const latencies: Record<string, unknown> = {};
    for (const c of cases) {
      const http: number[] = [];
      const layer: number[] = [];
      const direct: number[] = [];
      for (let i = 0; i < RUNS + WARM_UP; i++) {
        const variables = c.variables();
        const ways: Array<[number[], () => Promise<void>]> = [
          [http, () => viaHttp(c.query, variables)],
          [layer, () => viaLayer(c.query, variables)],
        ];
        if (c.direct) {
          const { cypher, params } = c.direct;
          ways.push([direct, () => viaDriver(cypher, params(variables))]);
        }
        // Rotate the order so no way always runs on the caches the previous one warmed.
        for (let k = 0; k < ways.length; k++) {
          const [into, run] = ways[(i + k) % ways.length]!;
          const t = performance.now();
          await run();
          if (i >= WARM_UP) into.push(performance.now() - t);
        }
      }
      const p = (values: number[], q: number) => (values.length ? percentile(values, q).toFixed(1) : "");
      const ratio = (values: number[]) =>
        direct.length ? (percentile(values, 50) / percentile(direct, 50)).toFixed(2) : "";
      console.log(
        `| ${c.name} | ${p(http, 50)} | ${p(http, 95)} | ${p(layer, 50)} | ${p(layer, 95)} | ${p(direct, 50)} | ${p(direct, 95)} | ${ratio(layer)} | ${ratio(http)} |`,
      );
      latencies[c.name] = {
        httpP50: percentile(http, 50),
        httpP95: percentile(http, 95),
        layerP50: percentile(layer, 50),
        directP50: direct.length ? percentile(direct, 50) : null,
      };
    }
    result.latencies = latencies;

    // A curation write validates against the stored ids (all of them: see curationService.ts).
    const curationTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const response = await fetch(`${atlas.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${CURATION_TOKEN}` },
        body: JSON.stringify({
          query: `mutation ($input: [ActorInput!]!) { upsertActors(input: $input) { newActors } }`,
          variables: {
            input: [
              {
                id: `bench-curated-${i}`,
                type: "NGO",
                name: `Bench curated NGO ${i}`,
                evidence: [{ source: sourceId, quote: "synthetic" }],
              },
            ],
          },
        }),
      });
      const body = (await response.json()) as { errors?: Array<{ message: string }> };
      if (body.errors) throw new Error(body.errors[0]!.message);
      curationTimes.push(performance.now() - t);
    }
    console.log(
      `\nCuration write (one actor through upsertActors: validation, one transaction, audit): median ${percentile(curationTimes, 50).toFixed(0)} ms of 3`,
    );
    result.curationWriteMs = percentile(curationTimes, 50);

    const browser = await launchBrowser();
    try {
      const overviewTimes: number[] = [];
      let grouped = false;
      let groupMs = 0;
      for (let run = 0; run < 4; run++) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
        const t = performance.now();
        await page.goto(`${atlas.url}/`);
        await page.waitForFunction(
          () => window.__atlas?.store.getState().status === "ready" && window.__atlas.sigma !== undefined,
          null,
          { timeout: 120_000 },
        );
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
        overviewTimes.push(performance.now() - t);
        grouped = await page.evaluate(() => window.__atlas!.store.getState().overview !== null);
        if (run === 3 && grouped) {
          await page.evaluate(() => {
            const { graph, select } = window.__atlas!.store.getState();
            const biggest = graph
              .filterNodes((_, a) => a.group?.type === "City")
              .sort((a, b) => graph.getNodeAttributes(b).group!.actors - graph.getNodeAttributes(a).group!.actors)[0]!;
            select(biggest);
          });
          const g = performance.now();
          await page.getByTestId("expand-group").click();
          await page.waitForFunction(
            () => {
              const { graph, pending } = window.__atlas!.store.getState();
              return pending.length === 0 && graph.filterNodes((_, a) => !a.group).length > 0;
            },
            null,
            { timeout: 60_000 },
          );
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
          groupMs = performance.now() - g;
        }
        await page.close();
      }
      const [cold, ...warm] = overviewTimes;
      const warmMedian = percentile(warm, 50);
      const what = grouped ? "overview (groups)" : "whole graph";
      console.log(
        `\nExplorer (headless Chromium): ${what} drawn, first visit after the load ${cold!.toFixed(0)} ms, then median of ${warm.length} ${warmMedian.toFixed(0)} ms` +
          (grouped ? `; a City group's first 500 actors drawn ${groupMs.toFixed(0)} ms after the click` : ""),
      );
      Object.assign(result, { view: what, firstViewColdMs: cold, firstViewWarmMs: warmMedian, groupPageMs: groupMs });
    } finally {
      await browser.close();
    }
    console.log(`BENCH_RESULT ${JSON.stringify({ scale: result })}`);
  } finally {
    clearInterval(sampler);
    await atlas.dispose();
  }
}
