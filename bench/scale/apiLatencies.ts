/**
 * API latencies (p50/p95 over runs) three ways, interleaved: the whole API over HTTP, the GraphQL
 * layer alone (the same schema executed in-process: @neo4j/graphql's translation and graphql-js),
 * and the same Cypher directly through neo4j-driver.
 */
import { execute, parse, validate, type DocumentNode } from "graphql";
import neo4j from "neo4j-driver";
import { buildSchema } from "../../server/src/graphql/schema.ts";
import { Executor } from "../../server/src/neo4j/executor.ts";
import type { RunningAtlas } from "../../server/src/runtime.ts";
import type { Case } from "./latencyCases.ts";
import { percentile } from "./percentile.ts";

const WARM_UP = 10;

type Run = (query: string, variables: Record<string, unknown>) => Promise<void>;

async function threeWays(atlas: RunningAtlas) {
  const schema = await buildSchema(new Executor(atlas.driver, "neo4j"));
  const context = () => ({ sessionConfig: { database: "neo4j" }, curator: null, authProblem: "disabled" });
  const viaHttp: Run = async (query, variables) => {
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
  const viaLayer: Run = async (query, variables) => {
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
  return { viaHttp, viaLayer, viaDriver };
}

/** Prints a table and returns each case's figures, by case name. */
export async function measureLatencies(atlas: RunningAtlas, cases: Case[], runs: number) {
  const { viaHttp, viaLayer, viaDriver } = await threeWays(atlas);
  console.log(
    "\n| query | HTTP API p50 (ms) | HTTP API p95 (ms) | GraphQL layer p50 (ms) | GraphQL layer p95 (ms) | direct Cypher p50 (ms) | direct p95 (ms) | layer / direct (p50) | HTTP / direct (p50) |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  );
  const latencies: Record<string, unknown> = {};
  for (const c of cases) {
    const http: number[] = [];
    const layer: number[] = [];
    const direct: number[] = [];
    for (let i = 0; i < runs + WARM_UP; i++) {
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
  return latencies;
}
