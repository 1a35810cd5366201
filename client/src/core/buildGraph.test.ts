import { describe, expect, it } from "vitest";
import { toGraph } from "./buildGraph.ts";
import { TYPE_COLOURS } from "./palette.ts";

const subgraph = {
  nodes: [
    { id: "athens", type: "City", name: "Athens", country: "GR", lat: 37.98, lon: 23.73 },
    { id: "eurocities", type: "CityNetwork", name: "Eurocities", country: null, lat: null, lon: null },
    { id: "bremen", type: "City", name: "Bremen", country: "DE", lat: 53.08, lon: 8.8 },
  ],
  edges: [
    { id: "MEMBER_OF:athens:eurocities", type: "MEMBER_OF", source: "athens", target: "eurocities", year: null },
    { id: "MEMBER_OF:bremen:eurocities", type: "MEMBER_OF", source: "bremen", target: "eurocities", year: 2018 },
    {
      id: "PARTNERS_WITH:athens:eurocities",
      type: "PARTNERS_WITH",
      source: "athens",
      target: "eurocities",
      year: null,
    },
    { id: "FUNDS:ghost:athens", type: "FUNDS", source: "ghost", target: "athens", year: null },
  ],
};

describe("toGraph", () => {
  it("keys nodes by actor id and edges by relationship id, keeping parallel edges", () => {
    const graph = toGraph(subgraph);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3);
    expect(graph.edges("athens", "eurocities")).toHaveLength(2);
    expect(graph.getEdgeAttribute("MEMBER_OF:bremen:eurocities", "year")).toBe(2018);
  });

  it("colours by type and sizes by degree", () => {
    const graph = toGraph(subgraph);
    expect(graph.getNodeAttribute("eurocities", "color")).toBe(TYPE_COLOURS.CityNetwork);
    expect(graph.getNodeAttribute("eurocities", "size")).toBeGreaterThan(graph.getNodeAttribute("bremen", "size"));
  });

  it("drops edges whose endpoint is not in the subgraph instead of failing", () => {
    expect(toGraph(subgraph).hasEdge("FUNDS:ghost:athens")).toBe(false);
  });
});
