/**
 * The supervised local Neo4j comes back by itself when its JVM is killed from outside, says why it
 * died, keeps its data, and stays down once we stop it. Polls for state under one deadline.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { isAlive, pollUntil } from "../../test/polling.ts";
import { smallNeo4jOptions } from "../../test/smallNeo4j.ts";
import { afterAll, describe, expect, it } from "vitest";
import { superviseLocalNeo4j, type SupervisedNeo4j } from "./supervise.ts";

const home = mkdtempSync(path.join(os.tmpdir(), "atlas-supervise-test-"));
const PASSWORD = "supervise-test-password";
let supervised: SupervisedNeo4j | undefined;

afterAll(async () => {
  await supervised?.stop();
  rmSync(home, { recursive: true, force: true });
});

describe("supervised local Neo4j", () => {
  it(
    "restarts its JVM after a SIGKILL, logs why, keeps the data and stops for good",
    { timeout: 300_000 },
    async () => {
      const events: string[] = [];
      supervised = await superviseLocalNeo4j(await smallNeo4jOptions(home, PASSWORD), {
        onEvent: (line) => events.push(line),
      });
      const driver = neo4j.driver(supervised.uri, neo4j.auth.basic("neo4j", PASSWORD));
      try {
        await driver.executeQuery("CREATE (:SuperviseProbe {value: 'kept across a crash'})");
        const killed = supervised.pid;
        process.kill(killed, "SIGKILL");

        const deadline = Date.now() + 240_000;
        await pollUntil(() => supervised!.restarts === 1, "the JVM was started again", deadline);
        expect(supervised.pid).not.toBe(killed);
        expect(isAlive(killed)).toBe(false);
        expect(events[0]).toMatch(
          new RegExp(`^neo4j-launcher: Neo4j \\(pid ${killed}\\) exited on SIGKILL; restarting`),
        );
        expect(events.some((line) => /Neo4j is back/.test(line))).toBe(true);

        await pollUntil(
          () =>
            driver.getServerInfo().then(
              () => true,
              () => false,
            ),
          "the driver reconnected",
          deadline,
        );
        const { records } = await driver.executeQuery("MATCH (p:SuperviseProbe) RETURN p.value AS value");
        expect(records.map((r) => r.get("value"))).toEqual(["kept across a crash"]);
      } finally {
        await driver.close();
      }

      const last = supervised.pid;
      await supervised.stop();
      expect(isAlive(last)).toBe(false);
      expect(supervised.restarts).toBe(1);
    },
  );
});
