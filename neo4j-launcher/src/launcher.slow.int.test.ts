/**
 * The local Neo4j as `npm start` runs it: authentication on, file access off, data kept across
 * restarts, and no JVM left behind however the parent process ends.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { isAlive, pollUntil } from "../../test/polling.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "./ports.ts";

const repoRoot = path.resolve(import.meta.dirname, "..", "..");
const home = mkdtempSync(path.join(os.tmpdir(), "atlas-launcher-test-"));
const PASSWORD = "launcher-test-password";
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  rmSync(home, { recursive: true, force: true });
});

/** Runs `npm run neo4j`'s entry point and resolves once Bolt answers, with the JVM's pid. */
async function startNeo4jProcess(port: number, password = PASSWORD): Promise<{ child: ChildProcess; jvmPid: number }> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/src/cli/neo4j.ts"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      LOCAL_NEO4J_HOME: home,
      LOCAL_NEO4J_BOLT_PORT: String(port),
      LOCAL_NEO4J_HEAP: "512m",
      LOCAL_NEO4J_PAGECACHE: "64m",
      NEO4J_PASSWORD: password,
      NEO4J_URI: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  const jvmPid = await new Promise<number>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /jvm pid (\d+)/.exec(output);
      if (match) {
        resolve(Number(match[1]));
      }
    });
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`exited with ${code} before start:\n${output}`)));
  });
  return { child, jvmPid };
}

describe("local Neo4j", () => {
  let first: { child: ChildProcess; jvmPid: number };
  let uri: string;
  let port: number;
  beforeAll(async () => {
    port = await freePort();
    uri = `bolt://127.0.0.1:${port}`;
    first = await startNeo4jProcess(port);
  }, 240_000);

  it("requires the password", async () => {
    const wrong = neo4j.driver(uri, neo4j.auth.basic("neo4j", "not-the-password"));
    await expect(wrong.getServerInfo()).rejects.toMatchObject({ code: "Neo.ClientError.Security.Unauthorized" });
    await wrong.close();
  });

  it("refuses LOAD CSV from local files", async () => {
    const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", PASSWORD));
    await expect(driver.executeQuery("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row LIMIT 1")).rejects.toThrow(
      /file|not allowed|import/i,
    );
    await driver.close();
  });

  it("keeps its data across a restart and stops its JVM on SIGTERM and on SIGKILL of the parent", async () => {
    let driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", PASSWORD));
    await driver.executeQuery("CREATE (:Probe {value: 'kept across restarts'})");
    await driver.close();

    first.child.kill("SIGTERM");
    await pollUntil(() => !isAlive(first.jvmPid), "the first JVM exited");

    const second = await startNeo4jProcess(port);
    driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", PASSWORD));
    const { records } = await driver.executeQuery("MATCH (p:Probe) RETURN p.value AS value");
    await driver.close();
    expect(records.map((r) => r.get("value"))).toEqual(["kept across restarts"]);

    // SIGKILL gives the parent no chance to clean up: the JVM must notice and exit by itself.
    second.child.kill("SIGKILL");
    await pollUntil(() => !isAlive(second.jvmPid), "the second JVM exited");
  });

  // The first start sets the password before the system database exists; a later start with
  // another one must still change it (the launcher's ALTER USER).
  it("takes a new password at a restart and refuses the old one", async () => {
    const changed = "launcher-test-password-2";
    const third = await startNeo4jProcess(port, changed);
    const old = neo4j.driver(uri, neo4j.auth.basic("neo4j", PASSWORD));
    await expect(old.getServerInfo()).rejects.toMatchObject({ code: "Neo.ClientError.Security.Unauthorized" });
    await old.close();
    const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", changed));
    const { records } = await driver.executeQuery("MATCH (p:Probe) RETURN count(p) AS n");
    await driver.close();
    expect(records[0]!.get("n").toNumber()).toBe(1);
    third.child.kill("SIGTERM");
    await pollUntil(() => !isAlive(third.jvmPid), "the third JVM exited");
  });
});
