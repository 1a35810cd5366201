import type { Dataset } from "@atlas/model";
import { describe, expect, it } from "vitest";
import { buildReport } from "./report.ts";

const city = (id: string, name: string) => ({
  id,
  type: "City" as const,
  name,
  aliases: [],
  sources: ["a.txt"],
  quotes: ["q"],
});
const dataset: Dataset = {
  sources: [],
  actors: [city("rothenburg", "Rothenburg"), city("rottenburg", "Rottenburg")],
  relationships: [],
};

describe("buildReport", () => {
  it("prints each near-duplicate pair with the reviewer's reason, and the coverage section", () => {
    const report = buildReport(dataset, [], {
      nearDuplicates: [{ a: "rottenburg", b: "rothenburg", reason: "two towns until a text says otherwise" }],
      coverage: { before: {}, after: { "a.txt": { actors: { City: 2 }, relationships: {} } }, beforeCommit: "95eff2a" },
    });
    expect(report).toContain('"Rottenburg" (90%): two towns until a text says otherwise');
    expect(report).toContain("| actors | City | 0 | 2 | +2 |");
  });
});
