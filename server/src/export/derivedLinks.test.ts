import { describe, expect, it } from "vitest";
import { buildExportGraph } from "./exportGraph.ts";
import { derivedLinkSchema } from "@atlas/model";
import { toDerivedRows } from "./derivedLinks.ts";

const link = {
  source: "athens",
  target: "milan",
  type: "SHARES",
  weight: 2,
  via: ["eurocities", "iash"],
  sources: ["a.txt"],
};

describe("derived links", () => {
  it("become relationship rows keyed by type and ends, with weight, via and sources", () => {
    const [row] = toDerivedRows([derivedLinkSchema.parse(link)]);
    expect(row).toEqual({
      source: "athens",
      target: "milan",
      type: "SHARES",
      properties: { id: "SHARES:athens:milan", weight: 2, via: ["eurocities", "iash"], sources: ["a.txt"] },
    });
    const actors = ["athens", "milan"].map((id) => ({ properties: { id, name: id, type: "City" }, label: "City" }));
    const graph = buildExportGraph(actors, [row!]);
    expect(graph.getEdgeAttributes("SHARES:athens:milan")).toMatchObject({ type: "SHARES" });
  });

  it("refuses other types, bad ids and a weight that is not the number of intermediaries", () => {
    expect(derivedLinkSchema.safeParse({ ...link, type: "MEMBER_OF" }).success).toBe(false);
    expect(derivedLinkSchema.safeParse({ ...link, via: ["Not An Id"] }).success).toBe(false);
    const wrongWeight = derivedLinkSchema.safeParse({ ...link, weight: 3 });
    expect(wrongWeight.error?.issues[0]?.message).toBe("a link's weight is the number of its via ids");
  });
});
