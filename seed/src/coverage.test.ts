import { describe, expect, it } from "vitest";
import { countCoverage, coverageSection } from "./coverage.ts";
import { fixturesDir } from "./paths.ts";
import { readDataset } from "./readDataset.ts";
import path from "node:path";

describe("countCoverage", () => {
  it("counts each document folder's records by type", () => {
    const raw = readDataset(path.join(fixturesDir, "small"));
    const coverage = countCoverage(raw);
    const [document] = Object.keys(coverage);
    const actors = Object.values(coverage[document!]!.actors).reduce((a, b) => a + b, 0);
    const relationships = Object.values(coverage[document!]!.relationships).reduce((a, b) => a + b, 0);
    expect(actors).toBe(raw.actors.length);
    expect(relationships).toBe(raw.relationships.length);
    expect(coverage[document!]!.actors.City).toBe(raw.actors.filter((a) => a.record.type === "City").length);
  });
});

describe("coverageSection", () => {
  it("writes before, after and change per type, with types new or gone", () => {
    const lines = coverageSection(
      { "a.txt": { actors: { City: 2 }, relationships: { VISITED: 3 } } },
      { "a.txt": { actors: { City: 2, Person: 1 }, relationships: { MET: 1 } } },
      "95eff2a",
    );
    expect(lines).toContain("| actors | Person | 0 | 1 | +1 |");
    expect(lines).toContain("| relationships | VISITED | 3 | 0 | -3 |");
    expect(lines).toContain("| relationships | **all** | 3 | 1 | -2 |");
    expect(lines.join("\n")).toMatch(/before = commit 95eff2a/);
  });
});
