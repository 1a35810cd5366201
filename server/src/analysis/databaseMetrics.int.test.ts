/**
 * Whole-database metrics through GraphQL, computed in the server's metrics worker: they start
 * RUNNING and become DONE (polled), equal @atlas/analysis run here on the graph read independently,
 * and a curation write drops them, even one that leaves the counts as they were.
 */
import { computeMetrics, toSimpleGraphs } from "@atlas/analysis";
import { isDirectedType } from "@atlas/model";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CURATION_TOKEN_FOR_TESTS } from "../../../test/globalSetup.ts";
import { graphqlRequest, testDriver } from "../../../test/neo4jForTests.ts";

let driver: Driver;
beforeAll(async () => {
  driver = testDriver();
  // A curation write drops whatever earlier test files had computed: the first answer below must start afresh.
  expect((await upsert("Metrics test NGO")).body.errors).toBeUndefined();
});
afterAll(async () => {
  await driver.executeQuery("MATCH (a:Actor {id: 'test-metrics-ngo'}) DETACH DELETE a");
  await driver.executeQuery("MATCH (e:AuditEntry) DELETE e");
  await driver.close();
});

const NAMES = ["pagerank", "degree"];
const METRICS = `query ($names: [String!]!) {
  databaseMetrics(names: $names, top: 10) {
    status progress stage error metrics computedAt actors links relationships
    algorithms { metric algorithm library } top { metric actor { id name } value }
  }
}`;

async function databaseMetrics(names = NAMES) {
  const { body } = await graphqlRequest(METRICS, { names });
  expect(body.errors).toBeUndefined();
  return body.data!.databaseMetrics;
}

async function waitUntilDone(names = NAMES) {
  let answer = await databaseMetrics(names);
  await expect
    .poll(async () => {
      answer = await databaseMetrics(names);
      return answer.status;
    })
    .toBe("DONE");
  return answer;
}

/** The graph as this test reads it, and @atlas/analysis's metrics of it. */
async function expectedMetrics() {
  const actors = await driver.executeQuery("MATCH (a:Actor) RETURN a.id AS id");
  const links = await driver.executeQuery(
    "MATCH (a:Actor)-[r]->(b:Actor) RETURN a.id AS source, b.id AS target, type(r) AS type",
  );
  const graphs = toSimpleGraphs(
    actors.records.map((r) => r.get("id") as string),
    links.records.map((r) => r.toObject() as { source: string; target: string; type: string }),
    isDirectedType,
  );
  return { graphs, metrics: computeMetrics(graphs, NAMES).nodes };
}

function upsert(name: string) {
  return graphqlRequest(
    `mutation ($input: [ActorInput!]!) { upsertActors(input: $input) { actors } }`,
    {
      input: [
        {
          id: "test-metrics-ngo",
          type: "NGO",
          name,
          evidence: [{ source: "002_7b751642ae57aecf.txt", quote: "Solidarity Cities" }],
        },
      ],
    },
    { authorization: `Bearer ${CURATION_TOKEN_FOR_TESTS}` },
  );
}

describe("whole-database metrics", () => {
  it("run in the worker with progress and equal @atlas/analysis on the same graph", async () => {
    const first = await databaseMetrics();
    expect(["QUEUED", "RUNNING"]).toContain(first.status);
    expect(first.progress).toBeGreaterThanOrEqual(0);
    expect(first.progress).toBeLessThan(1);
    const done = await waitUntilDone();
    const { graphs, metrics } = await expectedMetrics();
    expect(done).toMatchObject({ metrics: ["degree", "pagerank"], progress: 1, error: null });
    expect(done.actors).toBe(graphs.undirected.order);
    expect(done.links).toBe(graphs.undirected.size);
    expect(done.algorithms.map((a: { metric: string }) => a.metric)).toEqual(["degree", "pagerank"]);

    const ids = Object.keys(metrics);
    const { body } = await graphqlRequest(
      `query ($ids: [ID!]!, $names: [String!]!) { actorMetrics(ids: $ids, names: $names) { status values { id metric value } } }`,
      { ids, names: NAMES },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.actorMetrics.status).toBe("DONE");
    const values = body.data!.actorMetrics.values as Array<{
      id: string;
      metric: "pagerank" | "degree";
      value: number;
    }>;
    expect(values).toHaveLength(ids.length * NAMES.length);
    for (const { id, metric, value } of values)
      expect(value, `${metric} of ${id}`).toBeCloseTo(metrics[id]![metric]!, 12);

    const pagerankTop = done.top.filter((t: { metric: string }) => t.metric === "pagerank");
    const highest = Math.max(...ids.map((id) => metrics[id]!.pagerank!));
    expect(pagerankTop).toHaveLength(10);
    expect(pagerankTop[0].value).toBeCloseTo(highest, 12);
    expect(pagerankTop[0].actor.name.length).toBeGreaterThan(0);
  });

  it("are dropped by a curation write, even one that keeps the counts", async () => {
    const before = await waitUntilDone();
    expect(before.actors).toBe((await expectedMetrics()).graphs.undirected.order);

    expect((await upsert("Metrics test NGO, renamed")).body.errors).toBeUndefined();
    const after = await databaseMetrics();
    expect(after.status).not.toBe("DONE");
    const renewed = await waitUntilDone();
    expect(renewed.computedAt > before.computedAt).toBe(true);
  });
});
