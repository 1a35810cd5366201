import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { countLines, findLongFiles, isCheckedSource, MAX_LINES } from "./fileLengths.ts";

const repo = mkdtempSync(path.join(os.tmpdir(), "atlas-file-lengths-"));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const write = (file: string, lines: number) => {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), "x\n".repeat(lines));
};

describe("the file length check", () => {
  it("counts lines with or without a final newline", () => {
    expect(countLines("")).toBe(0);
    expect(countLines("a")).toBe(1);
    expect(countLines("a\nb\n")).toBe(2);
    expect(countLines("a\nb")).toBe(2);
  });

  it("checks source files and leaves tests, generated code and data aside", () => {
    for (const file of ["server/src/app.ts", "client/src/views/App.tsx", "cypher/explore/x.cypher", "a/b.java"]) {
      expect(isCheckedSource(file), file).toBe(true);
    }
    for (const file of [
      "server/src/app.test.ts",
      "server/src/app.int.test.ts",
      "client/src/api/generated/graphql.ts",
      "seed/data/000.json",
      "seed/fixtures/subgraph.ts",
      "client/src/styles.css",
      "README.md",
    ]) {
      expect(isCheckedSource(file), file).toBe(false);
    }
  });

  it("lists committed and new files over the limit, longest first, and skips ignored ones", () => {
    execFileSync("git", ["init", "-q"], { cwd: repo });
    writeFileSync(path.join(repo, ".gitignore"), "dist/\n");
    write("src/short.ts", MAX_LINES);
    write("src/long.ts", MAX_LINES + 1);
    write("src/longer.tsx", MAX_LINES + 50);
    write("src/long.test.ts", MAX_LINES * 3);
    write("dist/bundle.js", MAX_LINES * 3);
    execFileSync("git", ["add", "src/long.ts"], { cwd: repo });
    expect(findLongFiles(repo)).toEqual([
      { file: "src/longer.tsx", lines: MAX_LINES + 50 },
      { file: "src/long.ts", lines: MAX_LINES + 1 },
    ]);
  });
});
