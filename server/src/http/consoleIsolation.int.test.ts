/**
 * The public console cannot starve the rest of the app: its queries run on their own pool and at
 * most maxInFlightPerClient per client and maxInFlight in all; past that, 429 with Retry-After,
 * while GraphQL and /readyz answer. Console queries are held in flight deterministically by
 * giving the console a driver whose "database" accepts connections and never answers.
 * TRUST_PROXY decides whether X-Forwarded-For tells clients apart (console caps and rate limit).
 */
import type { Server } from "node:http";
import net, { type AddressInfo, type Socket } from "node:net";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDriver } from "../../../test/neo4jForTests.ts";
import { createApp, type App } from "../app.ts";
import type { TrustProxy } from "../config.ts";
import { driverRunner } from "../console/consoleRunner.ts";
import { createLogger } from "../logger.ts";
import { Executor } from "../neo4j/executor.ts";

const driver = testDriver();
const held: Socket[] = [];
const blackHole = net.createServer((socket) => held.push(socket));
const consoleDriver = () =>
  neo4j.driver(`bolt://127.0.0.1:${(blackHole.address() as AddressInfo).port}`, neo4j.auth.basic("neo4j", "unused"), {
    connectionTimeout: 600_000,
    connectionAcquisitionTimeout: 600_000,
  });
const mounted: Array<{ app: App; server: Server; close(): Promise<void> }> = [];

beforeAll(() => new Promise<void>((resolve) => blackHole.listen(0, "127.0.0.1", resolve)));

afterAll(async () => {
  for (const socket of held) socket.destroy();
  for (const m of mounted) await m.close();
  blackHole.close();
  await driver.close();
});

async function mount(trustProxy: TrustProxy, rateLimitPerMinute = 100_000) {
  const consoleDb = consoleDriver();
  const app = await createApp({
    executor: new Executor(driver, "neo4j"),
    consoleRunner: driverRunner(new Executor(consoleDb, "neo4j")),
    logger: createLogger("silent"),
    console: { timeoutMs: 5000, maxRows: 10 },
    consoleIsolation: { poolSize: 4, maxInFlightPerClient: 1, maxInFlight: 2, workerHeapMb: 512 },
    trustProxy,
    rateLimitPerMinute,
  });
  const server = app.express.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = async () => {
    server.closeAllConnections();
    server.close();
    await app.stop();
    await consoleDb.close();
  };
  mounted.push({ app, server, close });
  return { base, close };
}

function cypher(base: string, forwardedFor?: string) {
  return fetch(`${base}/api/cypher`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(forwardedFor && { "x-forwarded-for": forwardedFor }) },
    body: JSON.stringify({ query: "MATCH (a:Actor) RETURN count(a) AS n" }),
  });
}

/** Waits until the black hole holds n connections: n console queries are then in flight. */
async function inFlight(n: number) {
  await expect.poll(() => held.filter((s) => !s.destroyed).length).toBeGreaterThanOrEqual(n);
}

async function expectBusy(response: Response, message: RegExp) {
  expect(response.status).toBe(429);
  expect(response.headers.get("retry-after")).toBe("5");
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe("CONSOLE_BUSY");
  expect(body.error.message).toMatch(message);
}

function releaseAll() {
  for (const socket of held.splice(0)) socket.destroy();
}

describe("console isolation", () => {
  it("caps console queries per client with 429 + Retry-After while GraphQL and /readyz answer", async () => {
    const { base } = await mount(false);
    const first = cypher(base);
    await inFlight(1);
    await expectBusy(await cypher(base), /already have 1 console query running \(at most 1 per client\)/);
    // Without TRUST_PROXY, X-Forwarded-For is the client's own claim: ignored.
    await expectBusy(await cypher(base, "203.0.113.9"), /already have 1 console query running/);
    // An export by query runs a console query: it takes a slot too.
    const query = encodeURIComponent("MATCH (a:Actor) RETURN a LIMIT 1");
    await expectBusy(await fetch(`${base}/api/export?format=json&query=${query}`), /already have 1 console query/);

    const graphql = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ search(text: "berlin") { id } }' }),
    });
    const answer = (await graphql.json()) as any;
    expect(graphql.status, JSON.stringify(answer)).toBe(200);
    expect(answer.data.search[0].id).toBe("berlin");
    expect((await fetch(`${base}/readyz`)).status).toBe(200);

    releaseAll();
    expect((await first).status).not.toBe(429);
    // The slot is free again: the next query reaches the (dead) database instead of the cap.
    const next = cypher(base);
    await inFlight(1);
    releaseAll();
    expect((await next).status).not.toBe(429);
  });

  it("with TRUST_PROXY, tells clients apart by X-Forwarded-For and caps the total", async () => {
    const { base } = await mount(["loopback"]);
    const a = cypher(base, "203.0.113.1");
    await inFlight(1);
    const b = cypher(base, "203.0.113.2");
    await inFlight(2);
    await expectBusy(await cypher(base, "203.0.113.3"), /the console is running its maximum of 2 queries/);
    await expectBusy(await cypher(base, "203.0.113.1"), /already have 1 console query running/);
    releaseAll();
    expect((await a).status).not.toBe(429);
    expect((await b).status).not.toBe(429);
  });

  it("rate-limits each forwarded client on its own only when TRUST_PROXY is set", async () => {
    const examples = (base: string, forwardedFor: string) =>
      fetch(`${base}/api/examples`, { headers: { "x-forwarded-for": forwardedFor } }).then((r) => r.status);
    const trusting = await mount(1, 2);
    expect([await examples(trusting.base, "198.51.100.1"), await examples(trusting.base, "198.51.100.1")]).toEqual([
      200, 200,
    ]);
    expect(await examples(trusting.base, "198.51.100.1")).toBe(429);
    expect(await examples(trusting.base, "198.51.100.2")).toBe(200);

    const direct = await mount(false, 2);
    expect([await examples(direct.base, "198.51.100.1"), await examples(direct.base, "198.51.100.2")]).toEqual([
      200, 200,
    ]);
    expect(await examples(direct.base, "198.51.100.3")).toBe(429);
  });
});
