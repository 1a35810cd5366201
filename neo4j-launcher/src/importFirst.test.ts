import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { IMPORTED_LINE, ImportWatch, writeImportPlan, type ImportFirst } from "./importFirst.ts";

const root = mkdtempSync(path.join(os.tmpdir(), "atlas-import-plan-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const plan = (overrides: Partial<ImportFirst> = {}): ImportFirst => ({
  home: root,
  args: ["database", "import", "full", "neo4j"],
  onLine: () => undefined,
  beforeStart: () => undefined,
  ...overrides,
});

describe("the import plan", () => {
  it("holds the work home, then one argument a line", () => {
    const file = writeImportPlan(plan({ args: ["database", "import", "full", "--nodes=a b.csv"] }));
    expect(readFileSync(file, "utf8")).toBe(`${path.resolve(root)}\ndatabase\nimport\nfull\n--nodes=a b.csv\n`);
  });

  it("refuses an argument with a line break, which would read as two", () => {
    expect(() => writeImportPlan(plan({ args: ["--nodes=a\nb.csv"] }))).toThrow(/line break/);
  });
});

describe("following the JVM through the import", () => {
  it("passes the tool's lines on, then on IMPORTED runs beforeStart before answering START", () => {
    const seen: string[] = [];
    const watch = new ImportWatch(
      plan({ onLine: (line) => seen.push(`line ${line}`), beforeStart: () => seen.push("beforeStart") }),
      (answer) => seen.push(`answer ${answer}`),
    );
    expect(watch.take("IMPORT DONE in 1s.")).toBe(true);
    expect(watch.done).toBe(false);
    expect(watch.endedAt).toBe(0);
    expect(watch.take(IMPORTED_LINE)).toBe(true);
    expect(watch.done).toBe(true);
    expect(watch.endedAt).toBeGreaterThan(0);
    expect(watch.take("neo4j-launcher: READY")).toBe(false);
    expect(seen).toEqual(["line IMPORT DONE in 1s.", "beforeStart", "answer START\n"]);
  });

  it("does not answer when beforeStart throws: the error is the caller's", () => {
    const answers: string[] = [];
    const watch = new ImportWatch(
      plan({
        beforeStart: () => {
          throw new Error("the database is in use");
        },
      }),
      (answer) => answers.push(answer),
    );
    expect(() => watch.take(IMPORTED_LINE)).toThrow("the database is in use");
    expect(answers).toEqual([]);
  });

  it("names the tool's last lines in a failure, without the stack frames", () => {
    const watch = new ImportWatch(plan(), () => undefined);
    for (const line of [
      "java.lang.IllegalArgumentException: File 'x.csv' doesn't exist",
      "\tat org.neo4j.kernel.impl.util.Validators.matchingFiles(Validators.java:52)",
      "\t... 3 more",
      "neo4j-launcher: neo4j-admin database import full failed (exit 70)",
    ])
      watch.take(line);
    expect(watch.failure().message).toBe(
      "neo4j-admin database import full failed:\n" +
        "  java.lang.IllegalArgumentException: File 'x.csv' doesn't exist\n" +
        "  neo4j-launcher: neo4j-admin database import full failed (exit 70)",
    );
  });
});
