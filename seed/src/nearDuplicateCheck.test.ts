import type { Actor, Dataset } from "@atlas/model";
import { describe, expect, it } from "vitest";
import { checkNearDuplicates } from "./nearDuplicateCheck.ts";

const actor = (id: string, name: string): Actor => ({
  id,
  type: "City",
  name,
  aliases: [],
  sources: ["a.txt"],
  quotes: ["q"],
});
const dataset: Dataset = {
  sources: [],
  actors: [actor("rothenburg", "Rothenburg"), actor("rottenburg", "Rottenburg"), actor("kiel", "Kiel")],
  relationships: [],
};

describe("checkNearDuplicates", () => {
  it("fails on a near-duplicate pair nobody reviewed, naming both actors", () => {
    const [issue, ...rest] = checkNearDuplicates(dataset, []);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file: "reviewed-near-duplicates.json", record: "rothenburg ~ rottenburg" });
    expect(issue!.reason).toMatch(/"Rothenburg" and "Rottenburg" are 90% alike/);
  });

  it("passes a reviewed pair in either order", () => {
    const reviewed = [{ a: "rottenburg", b: "rothenburg", reason: "two towns: the text does not say they are one" }];
    expect(checkNearDuplicates(dataset, reviewed)).toEqual([]);
  });

  it("fails on a reviewed pair that is no longer near-duplicate", () => {
    const reviewed = [
      { a: "rothenburg", b: "rottenburg", reason: "two towns: the text does not say they are one" },
      { a: "kiel", b: "rottenburg", reason: "listed by mistake long ago" },
    ];
    expect(checkNearDuplicates(dataset, reviewed).map((issue) => issue.record)).toEqual(["kiel ~ rottenburg"]);
  });
});
