import { describe, expect, it } from "vitest";
import { createAtlasGraph, mergeSubgraph } from "../atlasGraph.ts";
import { toExportLinks } from "./exportLinks.ts";
import { toProjectionGraph } from "./projectionGraph.ts";

const node = (id: string) => ({ id, type: "City", name: id });
const via = (id: string) => ({ id, name: id, type: "CityNetwork", relationships: [] });

describe("toExportLinks", () => {
  it("sends a projection's links in full, with weight and via ids", () => {
    const graph = toProjectionGraph(
      {
        edges: [
          {
            from: node("athens") as never,
            to: node("milan") as never,
            weight: 2,
            via: [via("eurocities"), via("iash")],
          },
        ],
        total: 1,
        truncated: false,
      },
      null,
    );
    expect(toExportLinks(graph, graph.edges())).toEqual({
      edges: [],
      derived: [
        { source: "athens", target: "milan", type: "SHARES", weight: 2, via: ["eurocities", "iash"], sources: [] },
      ],
    });
  });

  it("sends stored relationships by id", () => {
    const graph = createAtlasGraph();
    mergeSubgraph(graph, {
      nodes: [node("athens"), node("milan")],
      edges: [{ id: "PARTNERS_WITH:athens:milan", type: "PARTNERS_WITH", source: "athens", target: "milan" }],
    });
    expect(toExportLinks(graph, graph.edges())).toEqual({ edges: ["PARTNERS_WITH:athens:milan"], derived: [] });
  });
});
