/**
 * Neo4j dies during a stream of requests and comes back: requests during the outage fail fast
 * with 503 at the door (they do not wait on the driver), /readyz tells the truth, the API
 * recovers by itself once Neo4j is back (no restart of the app), and the data afterwards equals
 * the data before. Nothing here depends on speed: each step polls for its state.
 */
import { startLocalNeo4j, type LocalNeo4j, freePort } from "@atlas/neo4j-launcher";
import { buildDataset, fixturesDir, defaultDocumentsDir, readDataset } from "@atlas/seed";
import { loadDataset } from "../loading/loadDataset.ts";
import { readCypherStatements } from "@atlas/cypher";
import express from "express";
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { snapshot } from "../../../test/neo4jForTests.ts";
import { pollUntil } from "../../../test/polling.ts";
import { createApp, type App } from "../app.ts";
import { createLogger } from "../logger.ts";
import { createDriver } from "../neo4j/driver.ts";
import { Executor } from "../neo4j/executor.ts";

const home = mkdtempSync(path.join(os.tmpdir(), "atlas-fault-"));
const PASSWORD = "fault-test-password";
let neo4j: LocalNeo4j | undefined;
let server: Server | undefined;
let app: App | undefined;

afterAll(async () => {
  server?.close();
  await app?.stop();
  await neo4j?.stop();
  rmSync(home, { recursive: true, force: true });
});

const settings = async () => ({
  home,
  password: PASSWORD,
  heap: "512m",
  boltPort: await freePort(),
  pageCache: "64m",
  transactionTimeout: "30s",
  transactionMemory: "256m",
  transactionMemoryTotal: "384m",
});

describe("Neo4j outage", () => {
  it(
    "answers 503 at the door while Neo4j is down and recovers by itself when it is back",
    { timeout: 240_000 },
    async () => {
      const options = await settings();
      neo4j = await startLocalNeo4j(options);
      const driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: PASSWORD });
      const executor = new Executor(driver, "neo4j");
      await executor.applySchema(readCypherStatements("schema"));
      await loadDataset(
        executor,
        buildDataset(readDataset(path.join(fixturesDir, "small")), { documentsDir: defaultDocumentsDir }),
      );
      const before = await snapshot(driver);

      app = await createApp({
        executor,
        logger: createLogger("silent"),
        console: { timeoutMs: 5000, maxRows: 100 },
        rateLimitPerMinute: 100_000,
      });
      server = express().use(app.express).listen(0, "127.0.0.1");
      await new Promise((resolve) => server!.once("listening", resolve));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

      const call = async () => {
        const response = await fetch(`${base}/api/cypher`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "MATCH (a:Actor) RETURN count(a) AS n" }),
        });
        const body = (await response.json()) as any;
        return {
          status: response.status,
          code: body.error?.code as string | undefined,
          // Set only by the door that refuses while Neo4j is known to be down, before any driver call.
          retryAfter: response.headers.get("retry-after"),
        };
      };
      expect((await call()).status).toBe(200);

      // Kill the JVM outright, as a crash would.
      process.kill(neo4j.pid, "SIGKILL");
      await neo4j.exited;
      // The app notices by itself (its probe or a failed request), then refuses at the door.
      await pollUntil(async () => (await fetch(`${base}/readyz`)).status === 503, "/readyz said 503");
      for (let i = 0; i < 5; i++) {
        expect(await call()).toEqual({ status: 503, code: "NEO4J_UNAVAILABLE", retryAfter: "5" });
      }
      const graphql = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"query":"{ search(text: \\"athens\\") { id } }"}',
      });
      expect(graphql.status).toBe(503);

      neo4j = await startLocalNeo4j(options);
      // Back without restarting the app: the driver reconnects and the probe marks Neo4j up.
      await pollUntil(async () => (await call()).status === 200, "the console answered again");
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      expect(await snapshot(driver)).toEqual(before);
      await driver.close();
    },
  );
});
