/**
 * The public Cypher and GraphQL endpoints against hostile and malformed input: each refusal is
 * specific, and the data is unchanged afterwards (node, relationship and property digest).
 */
import express from "express";
import type { AddressInfo } from "node:net";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { graphqlRequest, snapshot, testDriver, type DbSnapshot } from "../../../test/neo4jForTests.ts";
import { createApp } from "../app.ts";
import { createLogger } from "../logger.ts";
import { Executor } from "../neo4j/executor.ts";

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

async function cypher(query: string, params: Record<string, unknown> = {}) {
  const response = await fetch(`${inject("atlas").baseUrl}/api/cypher`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, params }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

const WRITES: Array<[string, string]> = [
  ["CREATE (n:Actor {id: 'evil'}) RETURN n", "CYPHER_WRITE_REFUSED"],
  ["CREATE (:Evil)", "CYPHER_WRITE_REFUSED"],
  ["MERGE (n:Actor {id: 'evil'}) RETURN n", "CYPHER_WRITE_REFUSED"],
  ["MATCH (a:Actor {id: 'athens'}) MERGE (a)-[:LIKES]->(a)", "CYPHER_WRITE_REFUSED"],
  ["MATCH (a:Actor {id: 'athens'}) SET a.name = 'Sparta' RETURN a", "CYPHER_WRITE_REFUSED"],
  ["MATCH (a:Actor) SET a:Hacked", "CYPHER_WRITE_REFUSED"],
  ["MATCH (a:Actor) SET a += {pwned: true}", "CYPHER_WRITE_REFUSED"],
  ["MATCH (n) DETACH DELETE n", "CYPHER_WRITE_REFUSED"],
  ["MATCH ()-[r]->() DELETE r", "CYPHER_WRITE_REFUSED"],
  ["MATCH (a:Actor {id: 'athens'}) REMOVE a.name", "CYPHER_WRITE_REFUSED"],
  ["MATCH (a:Actor) REMOVE a:Actor", "CYPHER_WRITE_REFUSED"],
  ["MATCH (a:Actor) WITH collect(a) AS all FOREACH (x IN all | SET x.flag = 1)", "CYPHER_WRITE_REFUSED"],
  ["FOREACH (i IN range(1, 10) | CREATE (:Spam {i: i}))", "CYPHER_WRITE_REFUSED"],
  ["MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS", "CYPHER_WRITE_REFUSED"],
  ["UNWIND range(1, 5) AS i CALL (i) { CREATE (:Spam) } IN TRANSACTIONS", "CYPHER_WRITE_REFUSED"],
  ["CREATE INDEX evil FOR (n:Actor) ON (n.description)", "CYPHER_WRITE_REFUSED"],
  ["DROP INDEX actor_names", "CYPHER_WRITE_REFUSED"],
  ["DROP CONSTRAINT actor_id", "CYPHER_WRITE_REFUSED"],
  ["CREATE DATABASE evil", "CYPHER_FORBIDDEN"],
  ["CREATE USER mallory SET PASSWORD 'mallory-password'", "CYPHER_FORBIDDEN"],
  ["ALTER USER neo4j SET PASSWORD 'owned-owned-owned'", "CYPHER_FORBIDDEN"],
  ["MATCH (a:Actor {id: 'athens'}) CALL (a) { SET a.x = 1 } RETURN a", "CYPHER_WRITE_REFUSED"],
  ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "CYPHER_FORBIDDEN"],
  ["LOAD CSV WITH HEADERS FROM 'https://example.org/a.csv' AS row CREATE (:X)", "CYPHER_FORBIDDEN"],
  ["CALL dbms.listConfig() YIELD name RETURN name", "CYPHER_FORBIDDEN"],
  ["CALL dbms.components()", "CYPHER_FORBIDDEN"],
  ["CALL dbms.security.listUsers()", "CYPHER_FORBIDDEN"],
  ["CALL apoc.load.json('file:///etc/hosts') YIELD value RETURN value", "CYPHER_FORBIDDEN"],
  ["CALL apoc.cypher.runWrite('CREATE (n)', {})", "CYPHER_FORBIDDEN"],
  ["CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {batchSize: 10})", "CYPHER_FORBIDDEN"],
  ["CALL apoc.export.json.all('/tmp/all.json', {})", "CYPHER_FORBIDDEN"],
  ["CALL apoc.create.node(['X'], {})", "CYPHER_FORBIDDEN"],
  ["CALL db.createLabel('Evil')", "CYPHER_FORBIDDEN"],
  ["CALL db.clearQueryCaches()", "CYPHER_FORBIDDEN"],
  ["USE system SHOW USERS", "CYPHER_FORBIDDEN"],
  ["SHOW USERS", "CYPHER_FORBIDDEN"],
  ["SHOW DATABASES", "CYPHER_FORBIDDEN"],
  // Refused like any procedure off the allow-list: the answer does not tell which ones exist.
  ["CALL some.unknown.procedure()", "CYPHER_FORBIDDEN"],
];

it("keeps list answers bounded (@limit on Actor)", async () => {
  const { body } = await graphqlRequest(`{ actors { id } }`);
  expect(body.data!.actors).toHaveLength(100);
});

const MALFORMED: Array<[string, string]> = [
  ["MATCH (n RETURN n", "CYPHER_SYNTAX"],
  ["RETURN", "CYPHER_SYNTAX"],
  ["SELECT * FROM actors", "CYPHER_SYNTAX"],
  ["MATCH (n) RETURN m", "CYPHER_SYNTAX"],
  ["MATCH (n:Actor {id: $id}) RETURN n", "CYPHER_SYNTAX"],
  ["RETURN 1 +", "CYPHER_SYNTAX"],
  ["'; DROP TABLE actors; --", "CYPHER_SYNTAX"],
  ["MATCH p = (a)-[*]-(b) RETURN count(p)", "CYPHER_UNBOUNDED_PATH"],
  ["MATCH p = (a:Actor)-[:MEMBER_OF*1..]->(b) RETURN p", "CYPHER_UNBOUNDED_PATH"],
  ["MATCH p = shortestPath((a:Actor {id: 'athens'})-[*]-(b:Actor {id: 'unhcr'})) RETURN p", "CYPHER_UNBOUNDED_PATH"],
];

describe("POST /api/cypher", () => {
  it("answers a read query with columns, JSON-safe rows, a graph and a summary", async () => {
    const { status, body } = await cypher(
      "MATCH (c:City {id: $id})-[r:MEMBER_OF]->(n) RETURN c, r, n, r.year AS year, date('2020-01-02') AS day, 2^70 AS big LIMIT 3",
      { id: "amsterdam" },
    );
    expect(status).toBe(200);
    expect(body.columns).toEqual(["c", "r", "n", "year", "day", "big"]);
    expect(body.rows[0][0]).toMatchObject({
      labels: expect.arrayContaining(["Actor", "City"]),
      properties: { id: "amsterdam" },
    });
    expect(body.rows[0][4]).toBe("2020-01-02");
    expect(typeof body.rows[0][5]).toBe("number");
    expect(body.graph.nodes.map((n: any) => n.properties.id)).toContain("amsterdam");
    expect(body.graph.edges[0]).toMatchObject({ type: "MEMBER_OF" });
    expect(body.summary).toMatchObject({ truncated: false, queryType: "read" });
  });

  it("collects paths into the graph", async () => {
    const { body } = await cypher(
      "MATCH p = (:Actor {id: 'carsten-sieling'})-[*..3]-(:Actor {id: 'eurocities'}) RETURN p LIMIT 5",
    );
    expect(body.graph.nodes.length).toBeGreaterThanOrEqual(2);
    expect(body.graph.edges.length).toBeGreaterThanOrEqual(1);
  });

  it.each(WRITES)("refuses %s", async (query, code) => {
    const { status, body } = await cypher(query);
    expect(status).toBe(400);
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(/Refused|Cypher error/);
    expect(JSON.stringify(body)).not.toMatch(/\bat \w+ \(|\.java:|node_modules/);
  });

  it.each(MALFORMED)("rejects %s", async (query, code) => {
    const { status, body } = await cypher(query);
    expect(status).toBe(400);
    expect(body.error.code).toBe(code);
  });

  it("cuts huge results at the row cap and says so", async () => {
    const { body } = await cypher("UNWIND range(1, 100000) AS x RETURN x");
    expect(body.rows).toHaveLength(5000);
    expect(body.summary).toMatchObject({ truncated: true, maxRows: 5000 });
  });

  it("stops a cartesian product that runs past the time limit", async () => {
    const { status, body } = await cypher(
      "MATCH (a:Actor), (b:Actor), (c:Actor) WHERE a.name < b.name AND b.name < c.name AND a.name + b.name + c.name CONTAINS 'zzz' RETURN count(*)",
    );
    expect(status).toBe(400);
    expect(body.error.code).toBe("CYPHER_TIMEOUT");
    expect(body.error.message).toMatch(/5 s limit/);
  });

  it("stops a query that needs too much memory", async () => {
    const { body } = await cypher("UNWIND range(1, 20000000) AS x WITH collect(x) AS xs RETURN size(xs)");
    expect(["CYPHER_MEMORY", "CYPHER_TIMEOUT"]).toContain(body.error.code);
  });

  it.each([
    ["an empty query", { query: "" }, 400, "BAD_REQUEST", /query must not be empty/],
    ["a missing query", { params: {} }, 400, "BAD_REQUEST", /query/],
    ["a query that is not text", { query: 42 }, 400, "BAD_REQUEST", /query/],
    ["params that are not a map", { query: "RETURN 1", params: [1, 2] }, 400, "BAD_REQUEST", /params/],
    ["an unknown field", { query: "RETURN 1", database: "system" }, 400, "BAD_REQUEST", /database/],
    [
      "a query over 10,000 characters",
      { query: `RETURN ${"1 + ".repeat(3000)}1` },
      400,
      "BAD_REQUEST",
      /longer than 10,000/,
    ],
  ])("rejects %s", async (_name, body, status, code, message) => {
    const response = await fetch(`${inject("atlas").baseUrl}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(status);
    const json = (await response.json()) as any;
    expect(json.error.code).toBe(code);
    expect(json.error.message).toMatch(message);
  });

  it.each([
    ["broken JSON", "application/json", '{"query": "RETURN 1"', 400, "BAD_REQUEST"],
    [
      "a body over 64 kB",
      "application/json",
      JSON.stringify({ query: "RETURN 1", params: { x: "y".repeat(70_000) } }),
      413,
      "PAYLOAD_TOO_LARGE",
    ],
    ["plain text", "text/plain", "MATCH (n) RETURN n", 415, "UNSUPPORTED_MEDIA_TYPE"],
    ["a form", "application/x-www-form-urlencoded", "query=RETURN+1", 415, "UNSUPPORTED_MEDIA_TYPE"],
  ])("rejects %s", async (_name, type, payload, status, code) => {
    const response = await fetch(`${inject("atlas").baseUrl}/api/cypher`, {
      method: "POST",
      headers: { "content-type": type },
      body: payload,
    });
    expect(response.status).toBe(status);
    const json = (await response.json()) as any;
    expect(json.error.code).toBe(code);
    expect(JSON.stringify(json)).not.toMatch(/\bat \w+ \(|node_modules/);
  });

  it("lists the worked examples, each runnable", async () => {
    const response = await fetch(`${inject("atlas").baseUrl}/api/examples`);
    const { examples } = (await response.json()) as any;
    expect(examples.length).toBeGreaterThanOrEqual(12);
    for (const example of examples) {
      expect(example.title.length).toBeGreaterThan(5);
      expect(example.question.length).toBeGreaterThan(10);
      const { status, body } = await cypher(example.query);
      expect(status, `${example.id}: ${JSON.stringify(body.error)}`).toBe(200);
    }
  });
});

describe("POST /graphql limits", () => {
  it("refuses a query nested deeper than 8 levels", async () => {
    const deep = `{ actors(limit: 1) { memberOf { members { memberOf { members { memberOf { members { memberOf { members { id } } } } } } } } } }`;
    const { body } = await graphqlRequest(deep);
    expect(body.errors?.[0]?.message).toMatch(/depth/i);
    expect(body.data).toBeUndefined();
  });

  it("refuses more than 15 aliases", async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: search(text: "a") { id }`).join(" ");
    const { body } = await graphqlRequest(`{ ${aliases} }`);
    expect(body.errors?.[0]?.message).toMatch(/alias/i);
  });

  it("refuses a query over the token limit", async () => {
    const fields = Array.from({ length: 2100 }, () => "id").join(" ");
    const { body } = await graphqlRequest(`{ actors(limit: 1) { ${fields} } }`);
    expect(body.errors?.[0]?.message).toMatch(/token/i);
  });

  it("refuses a query over the cost limit", async () => {
    const scalars = "id name type country description subtype role lat lon aliases ".repeat(3);
    const nested = `actors(limit: 1) { memberOf { members { memberOf { members { memberOf { members { ${scalars} } } } } } } }`;
    const query = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: ${nested}`).join(" ")} }`;
    const { body } = await graphqlRequest(query);
    expect(body.errors?.[0]?.message).toMatch(/Cost limit of 5000 exceeded/i);
  });

  it("answers a syntax error clearly, without a stack trace", async () => {
    const { body } = await graphqlRequest(`{ actors( { id } }`);
    expect(body.errors?.[0]?.message).toMatch(/Syntax Error/);
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|node_modules/);
  });

  it("answers an unknown field clearly", async () => {
    const { body } = await graphqlRequest(`{ actors { password } }`);
    expect(body.errors?.[0]?.message).toMatch(/Cannot query field "password"/);
  });

  it("keeps introspection open", async () => {
    const { body } = await graphqlRequest(`{ __schema { queryType { name } } }`);
    expect(body.data?.__schema.queryType.name).toBe("Query");
  });
});

describe("rate limiting", () => {
  it("answers 429 with a clear message past the per-client limit", async () => {
    const app = await createApp({
      executor: new Executor(driver, "neo4j"),
      logger: createLogger("silent"),
      console: { timeoutMs: 5000, maxRows: 10 },
      rateLimitPerMinute: 5,
    });
    const server = express().use(app.express).listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/cypher`;
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"query":"RETURN 1"}',
      });
      statuses.push(response.status);
      if (response.status === 429) expect(((await response.json()) as any).error.code).toBe("RATE_LIMITED");
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    server.close();
    await app.stop();
  });
});
