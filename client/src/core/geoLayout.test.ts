import { describe, expect, it } from "vitest";
import { createAtlasGraph, mergeSubgraph } from "./atlasGraph.ts";
import { findSinglePlace, getGeoPlacement, project } from "./geoLayout.ts";

describe("getGeoPlacement", () => {
  const graph = createAtlasGraph();
  mergeSubgraph(graph, {
    nodes: [
      { id: "athens", type: "City", name: "Athens", lat: 37.98, lon: 23.73 },
      { id: "berlin", type: "City", name: "Berlin", lat: 52.52, lon: 13.4 },
      { id: "eurocities", type: "CityNetwork", name: "Eurocities" },
      { id: "kaminis", type: "Person", name: "Georgios Kaminis" },
      { id: "office", type: "Organisation", name: "Office" },
      { id: "project", type: "Project", name: "Multinational project" },
      { id: "alone", type: "NGO", name: "Alone" },
    ],
    edges: [
      { id: "1", type: "MEMBER_OF", source: "athens", target: "eurocities" },
      { id: "2", type: "MEMBER_OF", source: "berlin", target: "eurocities" },
      { id: "3", type: "MAYOR_OF", source: "kaminis", target: "athens" },
      { id: "4", type: "LOCATED_IN", source: "office", target: "athens" },
      { id: "5", type: "WORKS_FOR", source: "office", target: "athens" },
      { id: "6", type: "LOCATED_IN", source: "project", target: "athens" },
      { id: "7", type: "LOCATED_IN", source: "project", target: "berlin" },
    ],
  });
  const { positions, unplaced } = getGeoPlacement(graph);

  it("puts places at their projected coordinates, north up", () => {
    expect(positions.athens).toEqual(project(23.73, 37.98));
    expect(positions.berlin!.y).toBeGreaterThan(positions.athens!.y);
    expect(positions.berlin!.x).toBeLessThan(positions.athens!.x);
  });

  it("puts an actor tied to exactly one place beside it, apart from the others there", () => {
    for (const id of ["kaminis", "office"]) {
      expect(Math.hypot(positions[id]!.x - positions.athens!.x, positions[id]!.y - positions.athens!.y)).toBeLessThan(
        15,
      );
    }
    expect(positions.kaminis).not.toEqual(positions.office);
    expect(findSinglePlace(graph, "office")).toBe("athens");
  });

  it("places no actor at an invented location: several places, none, or only a network's members", () => {
    expect(unplaced).toEqual(["alone", "eurocities", "project"]);
    for (const id of unplaced) expect(positions[id]).toBeUndefined();
    expect(findSinglePlace(graph, "project")).toBeNull();
  });
});
