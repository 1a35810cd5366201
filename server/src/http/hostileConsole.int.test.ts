/**
 * A hostile corpus against the public console, on the real Neo4j of test/globalSetup.ts: runaway
 * expressions, memory bombs, information leaks, admin and write attempts, oversized answers. Each
 * refusal is specific, the data digest is unchanged after every input, and the Neo4j JVM is still
 * alive at the end (the memory bombs would have stopped it had they run).
 */
import type { Driver } from "neo4j-driver";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { snapshot, testDriver, type DbSnapshot } from "../../../test/neo4jForTests.ts";

let driver: Driver;
let before: DbSnapshot;

beforeAll(async () => {
  driver = testDriver();
  before = await snapshot(driver);
});

afterEach(async () => {
  expect(await snapshot(driver)).toEqual(before);
});

afterAll(() => driver.close());

async function cypher(query: string) {
  const response = await fetch(`${inject("atlas").baseUrl}/api/cypher`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function expectRefusal(query: string, code: string, message: RegExp) {
  const { status, body } = await cypher(query);
  expect(status, JSON.stringify(body).slice(0, 300)).toBe(400);
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(message);
  expect(JSON.stringify(body)).not.toMatch(/\bat \w+ \(|\.java:|node_modules/);
}

const RUNAWAY: Array<[string, RegExp]> = [
  [
    "RETURN reduce(s = '', x IN range(1, 10000000) | s + 'x') AS r",
    /^Refused: range\(1, 10000000\) in an expression spans 10,000,000 elements; the limit is 100,000 \(line 1, column 28\)\.$/,
  ],
  ["RETURN reduce(n = 0, x IN range(1, 100000000) | n + x) AS r", /spans 100,000,000 elements/],
  ["RETURN reduce(n = 0, x IN range(1, 50000) | n + x) AS r", /takes 50,000 steps; the limit is 10,000/],
  ["RETURN any(x IN range(1, 1000000000) WHERE x = 0) AS r", /spans 1,000,000,000 elements/],
  ["RETURN all(x IN range(1, 1000000000) WHERE x > 0) AS r", /spans 1,000,000,000 elements/],
  ["RETURN size([x IN range(1, 2000) | [y IN range(1, 2000) | y]]) AS r", /2,000 times over, 4,000,000 in all/],
  ["MATCH (a:Actor) RETURN none(x IN range(0, size(a.name) * 1000000) WHERE x < 0) AS r", /needs literal numbers/],
];

const MEMORY_BOMBS: Array<[string, RegExp]> = [
  ["RETURN size(reduce(s = 'x', i IN range(1, 30) | s + s)) AS r", /copies its accumulator s 2 times in one step/],
  ["RETURN [x IN range(1, 40000000) | x] AS r", /spans 40,000,000 elements/],
  ["RETURN size(reduce(acc = [1], i IN range(1, 40) | acc + acc)) AS r", /copies its accumulator acc 2 times/],
  ["RETURN size(reduce(s = 'x', i IN range(1, 40) | s + toLower(s))) AS r", /copies its accumulator s 2 times/],
  ["RETURN size(reduce(s = 'x', i IN range(1, 40) | replace(s, 'x', 'xx'))) AS r", /accumulator to replace\(\)/],
  ["RETURN size(reduce(l = ['x'], i IN range(1, 40) | [x IN l | x + x])) AS r", /copies its accumulator l 2 times/],
  [`RETURN size([x IN range(1, 100000) | '${"m".repeat(200)}']) AS r`, /builds about 20 MB in one expression/],
  // Doubling through WITH, outside any loop: 31 steps make 2 GB (seen to stop the JVM).
  [`WITH 'x' AS a${" WITH a + a AS a".repeat(31)} RETURN size(a) AS r`, /a \+ a copies a 2 times into one value/],
  [`WITH {s: 'x'} AS m${" WITH {s: m.s + m.s} AS m".repeat(31)} RETURN size(m.s) AS r`, /copies m\.s 2 times/],
  [
    `RETURN size(${"replace(".repeat(9)}'x'${", 'x', 'xxxxxxxxxx')".repeat(9)}) AS r`,
    /a second replace\(\) that lengthens text/,
  ],
];

const LEAKS: Array<[string, RegExp]> = [
  ["SHOW TRANSACTION", /SHOW, TERMINATE and administration commands are not allowed/],
  ["SHOW TRANSACTIONS YIELD currentQuery, parameters", /SHOW, TERMINATE/],
  ["SHOW SETTING", /SHOW, TERMINATE/],
  ["SHOW SETTINGS YIELD *", /SHOW, TERMINATE/],
  ["SHOW PROCEDURES YIELD *", /SHOW, TERMINATE/],
  ["SHOW FUNCTIONS", /SHOW, TERMINATE/],
  ["SHOW USERS", /administration commands are not allowed/],
  ["SHOW CURRENT USER", /administration commands are not allowed/],
  ["SHOW DATABASES", /administration commands are not allowed/],
  ["CALL db.stats.retrieve('QUERIES')", /procedure db\.stats\.retrieve is not available in the public console/],
  ["CALL db.stats.collect('QUERIES')", /procedure db\.stats\.collect is not available/],
  ["CALL dbms.listConfig() YIELD name, value RETURN name, value", /procedure dbms\.listConfig is not available/],
  ["CALL dbms.components()", /procedure dbms\.components is not available/],
  ["CALL dbms.queryJmx('*:*')", /procedure dbms\.queryJmx is not available/],
  ["CALL dbms.listQueries()", /procedure dbms\.listQueries is not available/],
  ["CALL db.info()", /procedure db\.info is not available/],
  ["RETURN apoc.version() AS v", /function apoc\.version\(\) is not available in the public console/],
  ["RETURN gds.version() AS v", /function gds\.version\(\) is not available/],
];

const ADMIN_AND_WRITES: Array<[string, string, RegExp]> = [
  ["CREATE (:Evil {id: 'x'})", "CYPHER_WRITE_REFUSED", /read-only/],
  ["MERGE (a:Actor {id: 'evil'}) RETURN a", "CYPHER_WRITE_REFUSED", /read-only/],
  ["MATCH (a:Actor) SET a.name = 'pwned'", "CYPHER_WRITE_REFUSED", /read-only/],
  ["MATCH (n) DETACH DELETE n", "CYPHER_WRITE_REFUSED", /read-only/],
  ["CREATE INDEX evil FOR (n:Actor) ON (n.description)", "CYPHER_WRITE_REFUSED", /read-only/],
  ["CREATE CONSTRAINT evil FOR (n:Evil) REQUIRE n.id IS UNIQUE", "CYPHER_WRITE_REFUSED", /read-only/],
  ["UNWIND range(1, 5) AS i CALL (i) { CREATE (:Spam) } IN TRANSACTIONS", "CYPHER_WRITE_REFUSED", /read-only/],
  ["FOREACH (i IN [1, 2] | CREATE (:Spam))", "CYPHER_WRITE_REFUSED", /read-only/],
  ["CALL db.createLabel('Evil')", "CYPHER_FORBIDDEN", /procedure db\.createLabel is not available/],
  ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "CYPHER_FORBIDDEN", /LOAD CSV is not allowed/],
  ["USE system SHOW USERS", "CYPHER_FORBIDDEN", /USE is not allowed.*\(line 1, column 1\)/],
  ["USE neo4j MATCH (n) DETACH DELETE n", "CYPHER_FORBIDDEN", /USE is not allowed/],
  ["TERMINATE TRANSACTION 'neo4j-transaction-1'", "CYPHER_FORBIDDEN", /SHOW, TERMINATE/],
  ["CREATE USER mallory SET PASSWORD 'mallory-password'", "CYPHER_FORBIDDEN", /administration commands/],
  ["ALTER DATABASE neo4j SET ACCESS READ ONLY", "CYPHER_FORBIDDEN", /administration commands/],
  ["STOP DATABASE neo4j", "CYPHER_FORBIDDEN", /administration commands/],
  ["MATCH p = (()--()){1,} RETURN count(p)", "CYPHER_UNBOUNDED_PATH", /upper bound/],
  ["MATCH p = (:Actor)-->+(:Actor) RETURN count(p)", "CYPHER_UNBOUNDED_PATH", /upper bound/],
];

describe("the public console under attack", () => {
  it.each(RUNAWAY)("stops the runaway expression %s before it runs", async (query, message) => {
    await expectRefusal(query, "CYPHER_EXPRESSION_LIMIT", message);
  });

  it.each(MEMORY_BOMBS)("stops the memory bomb %s before it runs", async (query, message) => {
    await expectRefusal(query, "CYPHER_EXPRESSION_LIMIT", message);
  });

  it.each(LEAKS)("does not tell about the server: %s", async (query, message) => {
    await expectRefusal(query, "CYPHER_FORBIDDEN", message);
  });

  it.each(ADMIN_AND_WRITES)("refuses %s", async (query, code, message) => {
    await expectRefusal(query, code, message);
  });

  it.each([
    ["UNWIND range(1, 1000000) AS x RETURN collect(x) AS xs", /^Refused: column xs of the first row holds more than/],
    ["UNWIND range(1, 500000) AS x RETURN collect(toString(x) + '-padding-padding-padding') AS xs", /column xs/],
    [
      `RETURN ${Array.from({ length: 6 }, (_, i) => `[x IN range(1, 100000) | x] AS c${i}`).join(", ")}`,
      /^Refused: the first row holds more than the 10 MB a console answer may hold/,
    ],
  ])("refuses an answer over 10 MB: %s", async (query, message) => {
    await expectRefusal(query, "CYPHER_RESULT_TOO_LARGE", message);
  });

  it.each([
    ["UNWIND range(1, 100) AS i RETURN i, [x IN range(1, 100000) | x] AS xs", 100],
    ["MATCH (a:Actor) WITH collect(a) AS everyone UNWIND range(1, 1000) AS i RETURN i, everyone", 1000],
  ])("cuts an answer at 10 MB and says so: %s", async (query, asked) => {
    const { status, body } = await cypher(query);
    expect(status).toBe(200);
    expect(body.rows.length).toBeGreaterThan(0);
    expect(body.rows.length).toBeLessThan(asked);
    expect(body.summary).toMatchObject({ truncated: true, maxResultBytes: 10_000_000 });
    expect(body.summary.notifications[0]).toMatch(/^Result cut at \d+ rows: the answer reached the 10 MB limit\.$/);
  });

  it("still cuts long answers at the row cap", async () => {
    const { body } = await cypher("UNWIND range(1, 1000000) AS x RETURN x");
    expect(body.summary).toMatchObject({ rows: 5000, truncated: true, maxRows: 5000 });
  });

  it("leaves Neo4j alive and answering after the corpus, in the same JVM", async () => {
    // The supervisor would bring a dead JVM back, so "answering" alone could hide a crash.
    const pid = inject("atlas").neo4jPid;
    if (pid !== null) expect(() => process.kill(pid, 0)).not.toThrow();
    const ready = await fetch(`${inject("atlas").baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    const { status, body } = await cypher("MATCH (a:Actor) RETURN count(a) AS actors");
    expect(status).toBe(200);
    expect(body.rows[0][0]).toBeGreaterThan(0);
    const { records } = await driver.executeQuery("RETURN 1 AS one");
    expect(records[0]!.get("one").toNumber()).toBe(1);
  });
});
