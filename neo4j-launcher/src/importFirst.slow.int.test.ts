/**
 * The launcher's JVM running the import tool before it starts Neo4j (importFirst.ts): the tool's
 * lines reach us, the store moves into place between the tool and the start, and Neo4j then
 * serves what was imported; a failing tool ends the JVM with its own words.
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { isAlive } from "../../test/polling.ts";
import { smallNeo4jOptions } from "../../test/smallNeo4j.ts";
import { startLocalNeo4j, type ImportFirst, type LocalNeo4jOptions } from "./index.ts";

const root = mkdtempSync(path.join(os.tmpdir(), "atlas-import-first-test-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const options = async (home: string, importFirst: ImportFirst): Promise<LocalNeo4jOptions> => ({
  ...(await smallNeo4jOptions(home, "import-first-test-password")),
  importFirst,
});

describe("an import in the launcher's JVM", () => {
  it("moves the store in between the tool and the start, and Neo4j serves it", { timeout: 300_000 }, async () => {
    const home = path.join(root, "ok");
    const work = path.join(root, "ok-work");
    mkdirSync(work, { recursive: true });
    writeFileSync(path.join(work, "nodes.csv"), ":ID,name,:LABEL\n0,Liège,City\n1,Bremen,City\n");
    const lines: string[] = [];
    const order: string[] = [];
    const local = await startLocalNeo4j(
      await options(home, {
        home: work,
        args: [
          "database",
          "import",
          "full",
          "neo4j",
          "--id-type=actual",
          `--report-file=${path.join(work, "import.report")}`,
          `--nodes=${path.join(work, "nodes.csv")}`,
        ],
        onLine: (line) => lines.push(line),
        beforeStart: () => {
          order.push(existsSync(path.join(home, "data", "databases", "system")) ? "system first" : "store first");
          mkdirSync(path.join(home, "data", "databases"), { recursive: true });
          mkdirSync(path.join(home, "data", "transactions"), { recursive: true });
          renameSync(path.join(work, "data", "databases", "neo4j"), path.join(home, "data", "databases", "neo4j"));
          renameSync(
            path.join(work, "data", "transactions", "neo4j"),
            path.join(home, "data", "transactions", "neo4j"),
          );
        },
      }),
    );
    const driver = neo4j.driver(local.uri, neo4j.auth.basic("neo4j", "import-first-test-password"));
    try {
      expect(order).toEqual(["store first"]);
      expect(lines.join("\n")).toMatch(/IMPORT DONE/);
      const { records } = await driver.executeQuery("MATCH (c:City) RETURN c.name AS name ORDER BY name");
      expect(records.map((record) => record.get("name"))).toEqual(["Bremen", "Liège"]);
    } finally {
      await driver.close();
      await local.stop();
    }
  });

  it("ends the JVM when the tool fails, with the tool's own lines", { timeout: 300_000 }, async () => {
    const home = path.join(root, "failing");
    const missing = path.join(root, "no-such-file.csv");
    let pid = 0;
    const starting = startLocalNeo4j({
      ...(await options(home, {
        home: path.join(root, "failing-work"),
        args: [
          "database",
          "import",
          "full",
          "neo4j",
          `--report-file=${path.join(root, "failing.report")}`,
          `--nodes=${missing}`,
        ],
        onLine: () => undefined,
        beforeStart: () => {
          throw new Error("beforeStart must not run after a failed import");
        },
      })),
      onProgress: (line) => (pid ||= Number(/\(pid (\d+)\)/.exec(line)?.[1] ?? 0)),
    });
    await expect(starting).rejects.toThrow(
      /neo4j-admin database import full failed:[\s\S]*no-such-file\.csv' doesn't exist[\s\S]*failed \(exit \d+\)/,
    );
    expect(existsSync(path.join(home, "data", "databases", "neo4j"))).toBe(false);
    expect(pid).toBeGreaterThan(0);
    expect(isAlive(pid)).toBe(false);
  });
});
