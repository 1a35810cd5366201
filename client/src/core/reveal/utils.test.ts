import { beforeAll, describe, expect, it } from "vitest";
import { readFixtureSubgraph } from "../../../../seed/fixtures/subgraph.ts";
import { createAtlasGraph, mergeSubgraph, type AtlasGraph } from "../atlasGraph.ts";
import { getVisibility, NO_FILTERS, type Filters } from "../filters.ts";
import { getHidingReasons, toRevealedVisibility } from "./utils.ts";

let graph: AtlasGraph;
const filters = (change: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...change });

beforeAll(() => {
  graph = createAtlasGraph();
  mergeSubgraph(graph, readFixtureSubgraph("small"));
});

describe("reveal", () => {
  it("draws a revealed actor that the type filter hides, with its allowed collaborations to shown actors", () => {
    const onlyCities = filters({ types: ["City"] });
    const shown = getVisibility(graph, onlyCities, null);
    expect(shown.nodes.has("fx-eurocities")).toBe(false);
    const revealed = toRevealedVisibility(graph, shown, onlyCities, new Set(["fx-eurocities"]));
    expect(revealed.nodes.has("fx-eurocities")).toBe(true);
    expect(revealed.nodes.size).toBe(shown.nodes.size + 1);
    for (const edge of revealed.edges) {
      expect(revealed.nodes.has(graph.source(edge)) && revealed.nodes.has(graph.target(edge))).toBe(true);
    }
    expect([...revealed.edges].some((edge) => graph.extremities(edge).includes("fx-eurocities"))).toBe(true);
    expect(getHidingReasons(graph, "fx-eurocities", onlyCities, null)).toEqual(["the filters hide its type"]);
  });

  it("leaves the view as it is when nothing revealed is hidden or known", () => {
    const shown = getVisibility(graph, NO_FILTERS, null);
    expect(toRevealedVisibility(graph, shown, NO_FILTERS, new Set(["fx-milan", "not-loaded"]))).toBe(shown);
    expect(getHidingReasons(graph, "fx-milan", NO_FILTERS, null)).toEqual([]);
    expect(getHidingReasons(graph, "fx-milan", NO_FILTERS, new Set(["fx-athens"]))).toEqual([
      "the focus leaves it out",
    ]);
  });
});
