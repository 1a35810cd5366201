import { describe, expect, it } from "vitest";
import { readFixtureSubgraph } from "../../../seed/fixtures/subgraph.ts";
import { createAtlasGraph, mergeSubgraph } from "./atlasGraph.ts";
import { getDrawnIds } from "./drawnIds.ts";
import { getVisibility, NO_FILTERS } from "./filters.ts";
import { GROUP_LINK, mergeOverview } from "./overviewGroups.ts";

describe("getDrawnIds", () => {
  it("names exactly the actors and relationships shown after filters and a removal", () => {
    const graph = createAtlasGraph();
    mergeSubgraph(graph, readFixtureSubgraph("small"));
    const subset = new Set(graph.nodes().filter((id) => id !== "fx-bremen"));
    const visibility = getVisibility(graph, { ...NO_FILTERS, relTypes: ["MAYOR_OF", "FOUNDED"] }, subset);
    const drawn = getDrawnIds(graph, visibility);
    expect(drawn.ids.sort()).toEqual([...visibility.nodes].sort());
    expect(drawn.ids).not.toContain("fx-bremen");
    expect(drawn.edges.sort()).toEqual([
      "FOUNDED:fx-athens:fx-solidarity-cities-initiative:2016",
      "MAYOR_OF:fx-ulf-kampfer:fx-kiel:mayor",
    ]);
    expect(drawn.groups).toBe(0);
  });

  it("counts overview groups and their links but never sends them as actors or relationships", () => {
    const graph = createAtlasGraph();
    mergeOverview(graph, {
      groups: [
        { id: "City|GR", type: "City", country: "GR", actors: 40 },
        { id: "CityNetwork|none", type: "CityNetwork", country: null, actors: 5 },
      ],
      links: [{ source: "City|GR", target: "CityNetwork|none", relationships: 12 }],
    });
    mergeSubgraph(graph, readFixtureSubgraph("small"));
    const drawn = getDrawnIds(graph, getVisibility(graph, NO_FILTERS, null));
    expect(drawn.groups).toBe(2);
    expect(drawn.ids).toHaveLength(10);
    expect(drawn.ids.some((id) => id.includes("|"))).toBe(false);
    expect(drawn.edges.some((id) => id.startsWith(GROUP_LINK))).toBe(false);
    expect(drawn.edges).toHaveLength(17);
  });
});
