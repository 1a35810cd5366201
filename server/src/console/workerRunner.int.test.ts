/**
 * The console's worker threads against the test Neo4j: they answer as the calling thread would,
 * a worker that overruns its deadline or its heap is replaced, and the next query still answers.
 */
import net, { type AddressInfo, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { testDriver } from "../../../test/neo4jForTests.ts";
import { driverRunner } from "./consoleRunner.ts";
import { WorkerConsoleRunner } from "./workerRunner.ts";
import { Executor } from "../neo4j/executor.ts";

const atlas = inject("atlas");
const driver = testDriver();
const events: string[] = [];
// A server that accepts connections and never answers: a query sent there never comes back.
const held: Socket[] = [];
const blackHole = net.createServer((socket) => held.push(socket));
beforeAll(() => new Promise<void>((resolve) => blackHole.listen(0, "127.0.0.1", resolve)));

const runners: WorkerConsoleRunner[] = [];
const runner = (options: { heapMb?: number; graceMs?: number; uri?: string } = {}) => {
  const created = new WorkerConsoleRunner({
    driver: { uri: options.uri ?? atlas.neo4jUri, user: atlas.neo4jUser, password: atlas.neo4jPassword, poolSize: 1 },
    database: "neo4j",
    workers: 1,
    heapMb: options.heapMb ?? 256,
    graceMs: options.graceMs,
    onEvent: (line) => events.push(line),
  });
  runners.push(created);
  return created;
};
afterAll(async () => {
  for (const r of runners) await r.close();
  for (const socket of held) socket.destroy();
  blackHole.close();
  await driver.close();
});

const limits = { timeoutMs: 5000, maxRows: 100 };
const HUGE_LIST = "UNWIND range(1, 5000000) AS x RETURN collect(x) AS xs";

describe("console worker threads", () => {
  it("answer queries and plans as the calling thread does", async () => {
    const workers = runner();
    const inThread = driverRunner(new Executor(driver, "neo4j"));
    const query =
      "MATCH (c:City)-[:MEMBER_OF]->(n:CityNetwork {id: 'eurocities'}) RETURN c.id AS id ORDER BY id LIMIT 5";
    const [a, b] = [await workers.run(query, {}, limits), await inThread.run(query, {}, limits)];
    expect(a.rows).toEqual(b.rows);
    expect(a.rows.length).toBeGreaterThan(0);
    const plan = await workers.explain(query, {}, limits);
    expect(plan.plan.operator).toBe("ProduceResults");
    await expect(workers.run("CREATE (n:Evil) RETURN n", {}, limits)).rejects.toMatchObject({
      code: "CYPHER_WRITE_REFUSED",
    });
  });

  it("replace a worker that runs out of its heap decoding an answer, and answer the next query", async () => {
    const workers = runner({ heapMb: 64 });
    await expect(workers.run(HUGE_LIST, {}, limits)).rejects.toMatchObject({ code: "CYPHER_RESULT_TOO_LARGE" });
    expect((await workers.run("RETURN 1 AS one", {}, limits)).rows).toEqual([[1]]);
  });

  it("terminate a worker that overruns its deadline, and answer the next query", async () => {
    // The worker's own deadline comes 2 s after the query's timeout; with no grace here, the
    // parent's comes first and must end the worker that is still waiting for its answer.
    const stuck = runner({ graceMs: 0, uri: `bolt://127.0.0.1:${(blackHole.address() as AddressInfo).port}` });
    await expect(stuck.run("RETURN 1 AS one", {}, { ...limits, timeoutMs: 500 })).rejects.toMatchObject({
      code: "CYPHER_TIMEOUT",
    });
    expect(events.filter((line) => line.includes("overran its deadline"))).toHaveLength(1);
    const workers = runner();
    expect((await workers.run("RETURN 2 AS two", {}, limits)).rows).toEqual([[2]]);
  });
});
