import { describe, expect, it } from "vitest";
import { createAtlasGraph, mergeSubgraph } from "../atlasGraph.ts";
import { getGeoPlacement } from "../geoLayout.ts";
import { getVisibility, NO_FILTERS } from "../filters.ts";
import { toMapVisibility } from "./mapVisibility.ts";

describe("toMapVisibility", () => {
  const graph = createAtlasGraph();
  mergeSubgraph(graph, {
    nodes: [
      { id: "athens", type: "City", name: "Athens", lat: 37.98, lon: 23.73 },
      { id: "berlin", type: "City", name: "Berlin", lat: 52.52, lon: 13.4 },
      { id: "eurocities", type: "CityNetwork", name: "Eurocities" },
      { id: "alarm", type: "NGO", name: "Alarm Phone" },
      { id: "kaminis", type: "Person", name: "Georgios Kaminis" },
    ],
    edges: [
      { id: "1", type: "MEMBER_OF", source: "athens", target: "eurocities" },
      { id: "2", type: "MEMBER_OF", source: "berlin", target: "eurocities" },
      { id: "3", type: "MAYOR_OF", source: "kaminis", target: "athens" },
    ],
  });
  const { unplaced } = getGeoPlacement(graph);

  it("hides actors without a place and their relationships, and lists them by name", () => {
    const { visibility, unmapped } = toMapVisibility(graph, getVisibility(graph, NO_FILTERS, null), unplaced);
    expect(unmapped).toEqual(["alarm", "eurocities"]);
    expect([...visibility.nodes].sort()).toEqual(["athens", "berlin", "kaminis"]);
    expect([...visibility.edges]).toEqual(["3"]);
  });

  it("lists only actors the filters show", () => {
    const shown = getVisibility(graph, NO_FILTERS, new Set(["athens", "kaminis", "alarm"]));
    expect(toMapVisibility(graph, shown, unplaced).unmapped).toEqual(["alarm"]);
  });
});
