import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildDataset } from "./buildDataset.ts";
import { defaultDocumentsDir, fixturesDir } from "./paths.ts";
import { readDataset } from "./readDataset.ts";
import { checkRelationshipEnds } from "./relationshipEndsCheck.ts";

describe("checkRelationshipEnds", () => {
  it("names the file, line and relationship of a visit that does not start at a city", () => {
    // The small fixture keeps a network's study visit on purpose; the curated data may not.
    const raw = readDataset(path.join(fixturesDir, "small"));
    const issues = checkRelationshipEnds(raw, buildDataset(raw, { documentsDir: defaultDocumentsDir }));
    expect(issues).toEqual([
      {
        file: "002_7b751642ae57aecf.txt/relationships.jsonl",
        line: expect.any(Number),
        record: "fx-eurocities -VISITED-> fx-milan",
        reason: "VISITED starts at City, not at CityNetwork",
      },
    ]);
  });
});
