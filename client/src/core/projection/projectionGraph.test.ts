import { describe, expect, it } from "vitest";
import type { ProjectionDto } from "../../api/analysisQueries.ts";
import { createAtlasGraph, mergeSubgraph } from "../atlasGraph.ts";
import { getFacetCounts, getVisibility, NO_FILTERS } from "../filters.ts";
import { getLinkWidth, SHARES, toProjectionGraph } from "./projectionGraph.ts";

const city = (id: string, country: string) => ({
  id,
  type: "City",
  name: id,
  aliases: null,
  subtype: null,
  country,
  countrySource: null,
  lat: null,
  lon: null,
  role: null,
  description: null,
  sources: ["a.txt"],
});
const tie = (id: string, sources: string[]) => ({
  id,
  type: "MEMBER_OF",
  source: "x",
  target: "y",
  year: null,
  until: null,
  reportedYear: null,
  status: null,
  office: null,
  purpose: null,
  sources,
});
const via = (id: string, sources: string[]) => ({
  id,
  name: id.toUpperCase(),
  type: "CityNetwork",
  relationships: [tie(`${id}-1`, sources), tie(`${id}-2`, ["b.txt"])],
});

const answer: ProjectionDto = {
  edges: [
    {
      from: city("athens", "GR"),
      to: city("milan", "IT"),
      weight: 2,
      via: [via("eurocities", ["c.txt"]), via("iash", ["a.txt"])],
    },
    { from: city("athens", "GR"), to: city("kiel", "DE"), weight: 1, via: [via("iash", ["a.txt"])] },
  ],
  total: 2,
  truncated: false,
};

describe("toProjectionGraph", () => {
  it("links the projected actors by SHARES links weighted by the intermediaries they share", () => {
    const graph = toProjectionGraph(answer, null);
    expect(graph.nodes().sort()).toEqual(["athens", "kiel", "milan"]);
    expect(graph.getEdgeAttributes("SHARES:athens:milan")).toMatchObject({
      relType: SHARES,
      weight: 2,
      via: ["eurocities", "iash"],
      sources: ["a.txt", "b.txt", "c.txt"],
      size: getLinkWidth(2),
    });
    expect(getLinkWidth(2)).toBeGreaterThan(getLinkWidth(1));
    expect(graph.getNodeAttribute("athens", "size")).toBeGreaterThan(graph.getNodeAttribute("kiel", "size"));
  });

  it("starts actors where the network placed them", () => {
    const network = createAtlasGraph();
    mergeSubgraph(network, { nodes: [city("milan", "IT")], edges: [] });
    network.mergeNodeAttributes("milan", { x: 42, y: -7 });
    expect(toProjectionGraph(answer, network).getNodeAttributes("milan")).toMatchObject({ x: 42, y: -7 });
  });

  it("is filtered like the network: by country of the actors and by the documents of the links", () => {
    const graph = toProjectionGraph(answer, null);
    const noGreece = getVisibility(graph, { ...NO_FILTERS, countries: ["IT", "DE"] }, null);
    expect([...noGreece.nodes].sort()).toEqual(["kiel", "milan"]);
    expect(noGreece.edges.size).toBe(0);
    const counts = getFacetCounts(graph, getVisibility(graph, NO_FILTERS, null));
    expect(counts.relTypes.get(SHARES)).toEqual([2, 2]);
  });
});
