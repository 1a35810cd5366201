import { describe, expect, it } from "vitest";
import { createAtlasGraph, mergeSubgraph } from "./atlasGraph.ts";
import { getGeoPositions, project } from "./geoLayout.ts";

describe("getGeoPositions", () => {
  const graph = createAtlasGraph();
  mergeSubgraph(graph, {
    nodes: [
      { id: "athens", type: "City", name: "Athens", lat: 37.98, lon: 23.73 },
      { id: "berlin", type: "City", name: "Berlin", lat: 52.52, lon: 13.4 },
      { id: "eurocities", type: "CityNetwork", name: "Eurocities" },
      { id: "kaminis", type: "Person", name: "Georgios Kaminis" },
      { id: "alone", type: "NGO", name: "Alone" },
    ],
    edges: [
      { id: "1", type: "MEMBER_OF", source: "athens", target: "eurocities" },
      { id: "2", type: "MEMBER_OF", source: "berlin", target: "eurocities" },
      { id: "3", type: "MAYOR_OF", source: "kaminis", target: "athens" },
    ],
  });
  const positions = getGeoPositions(graph);

  it("puts places at their projected coordinates, north up", () => {
    expect(positions.athens).toEqual(project(23.73, 37.98));
    expect(positions.berlin!.y).toBeGreaterThan(positions.athens!.y);
    expect(positions.berlin!.x).toBeLessThan(positions.athens!.x);
  });

  it("puts other actors near the places they link to", () => {
    const mid = {
      x: (positions.athens!.x + positions.berlin!.x) / 2,
      y: (positions.athens!.y + positions.berlin!.y) / 2,
    };
    expect(Math.hypot(positions.eurocities!.x - mid.x, positions.eurocities!.y - mid.y)).toBeLessThan(15);
    expect(
      Math.hypot(positions.kaminis!.x - positions.athens!.x, positions.kaminis!.y - positions.athens!.y),
    ).toBeLessThan(15);
  });

  it("puts actors linked to no place below the map", () => {
    expect(positions.alone!.y).toBeLessThan(Math.min(positions.athens!.y, positions.berlin!.y));
  });
});
