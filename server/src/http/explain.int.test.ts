/**
 * POST /api/cypher/explain: an allowed query answers with Neo4j's plan as a tree and the limits it
 * would run under; a query /api/cypher refuses is refused here with the same code, unrun.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { snapshot, testDriver, type DbSnapshot } from "../../../test/neo4jForTests.ts";

let driver: Driver;
let before: DbSnapshot;

beforeAll(async () => {
  driver = testDriver();
  before = await snapshot(driver);
});

afterAll(async () => {
  expect(await snapshot(driver)).toEqual(before);
  await driver.close();
});

async function post(path: string, query: string, params: Record<string, unknown> = {}) {
  const response = await fetch(`${inject("atlas").baseUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, params }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

interface Step {
  operator: string;
  estimatedRows: number | null;
  details: string;
  children: Step[];
}

const operators = (step: Step): string[] => [step.operator, ...step.children.flatMap(operators)];

describe("POST /api/cypher/explain", () => {
  it("answers an allowed query with its plan tree and the console's limits", async () => {
    const { status, body } = await post(
      "/api/cypher/explain",
      "MATCH (c:City)-[:MEMBER_OF]->(n:CityNetwork {id: $id})\nRETURN c.name ORDER BY c.name LIMIT 10",
      { id: "solidarity-cities-initiative" },
    );
    expect(status).toBe(200);
    expect(body.plan.operator).toBe("ProduceResults");
    const all = operators(body.plan);
    expect(all).toEqual(expect.arrayContaining(["Expand(All)"]));
    expect(all.some((o) => /Top|Limit/.test(o))).toBe(true);
    expect(typeof body.plan.estimatedRows).toBe("number");
    expect(body.plan.children[0].details).not.toBe("");
    expect(body.limits).toMatchObject({
      timeoutMs: expect.any(Number),
      maxRows: expect.any(Number),
      maxResultBytes: expect.any(Number),
      maxRangeElements: expect.any(Number),
      maxReduceItems: expect.any(Number),
      maxExpressionBytes: expect.any(Number),
    });
  });

  const REFUSED = [
    "MATCH (n) DETACH DELETE n",
    "CALL dbms.components() YIELD name RETURN name",
    "MATCH p = (a)-[*]->(b) RETURN p",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "RETURN reduce(s = 0, x IN range(1, 100000000) | s + x) AS n",
    "MATCH (n RETURN n",
  ];

  it.each(REFUSED)("refuses %s with the same code as /api/cypher", async (query) => {
    const run = await post("/api/cypher", query);
    const explain = await post("/api/cypher/explain", query);
    expect(run.status).toBeGreaterThanOrEqual(400);
    expect(explain.status).toBe(run.status);
    expect(explain.body.error.code).toBe(run.body.error.code);
    expect(explain.body.error.message).toBe(run.body.error.message);
  });

  it("refuses a body without a query", async () => {
    const { status, body } = await post("/api/cypher/explain", "  ");
    expect(status).toBe(400);
    expect(body.error.code).toBe("BAD_REQUEST");
  });
});
