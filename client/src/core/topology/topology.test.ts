import { describe, expect, it } from "vitest";
import { createAtlasGraph, mergeSubgraph, type AtlasGraph } from "../atlasGraph.ts";
import { getVisibility, NO_FILTERS } from "../filters.ts";
import { applyTopology, NO_TOPOLOGY, type Topology } from "./topology.ts";

/**
 * A triangle a-b-c with a tail c-d-e, a separate pair x-y, and z alone:
 *   a-b, b-c, c-a (twice, parallel), c-d, d-e, x-y
 */
function buildGraph(): AtlasGraph {
  const graph = createAtlasGraph();
  const ids = ["a", "b", "c", "d", "e", "x", "y", "z"];
  const links: Array<[string, string, string]> = [
    ["a", "b", "MEMBER_OF"],
    ["b", "c", "MEMBER_OF"],
    ["c", "a", "MEMBER_OF"],
    ["a", "c", "PARTNERS_WITH"],
    ["c", "d", "MEMBER_OF"],
    ["d", "e", "MEMBER_OF"],
    ["x", "y", "PARTNERS_WITH"],
  ];
  mergeSubgraph(graph, {
    nodes: ids.map((id) => ({ id, type: "City", name: id })),
    edges: links.map(([source, target, type]) => ({ id: `${source}-${target}-${type}`, type, source, target })),
  });
  return graph;
}

const graph = buildGraph();
const all = getVisibility(graph, NO_FILTERS, null);
const shownWith = (change: Partial<Topology>, centres: string[] = []) =>
  [...applyTopology(graph, all, { ...NO_TOPOLOGY, ...change }, centres).nodes].sort();

describe("applyTopology", () => {
  it("changes nothing when every topological filter is off", () => {
    expect(applyTopology(graph, all, NO_TOPOLOGY, ["a"])).toBe(all);
  });

  it("keeps the ego network of N steps around the selected actors", () => {
    expect(shownWith({ ego: 1 }, ["d"])).toEqual(["c", "d", "e"]);
    expect(shownWith({ ego: 2 }, ["d"])).toEqual(["a", "b", "c", "d", "e"]);
    expect(shownWith({ ego: 1 }, ["e", "x"])).toEqual(["d", "e", "x", "y"]);
  });

  it("ignores the ego filter while no selected actor is shown", () => {
    expect(shownWith({ ego: 1 }, [])).toHaveLength(8);
  });

  it("keeps the k-core, parallel relationships counting once", () => {
    expect(shownWith({ core: 2 })).toEqual(["a", "b", "c"]);
    expect(shownWith({ core: 1 })).toEqual(["a", "b", "c", "d", "e", "x", "y"]);
    expect(shownWith({ core: 3 })).toEqual([]);
  });

  it("keeps the largest connected component", () => {
    expect(shownWith({ largest: true })).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("hides actors left without relationships", () => {
    expect(shownWith({ hideIsolates: true })).toEqual(["a", "b", "c", "d", "e", "x", "y"]);
  });

  it("works on what the other filters show, and hides isolates they leave", () => {
    const partners = getVisibility(graph, { ...NO_FILTERS, relTypes: ["PARTNERS_WITH"] }, null);
    const result = applyTopology(graph, partners, { ...NO_TOPOLOGY, hideIsolates: true }, []);
    expect([...result.nodes].sort()).toEqual(["a", "c", "x", "y"]);
    expect([...result.edges].sort()).toEqual(["a-c-PARTNERS_WITH", "x-y-PARTNERS_WITH"]);
  });

  it("combines the filters in order: ego, then k-core, then largest component", () => {
    expect(shownWith({ ego: 2, core: 2 }, ["e"])).toEqual([]);
    expect(shownWith({ ego: 3, core: 2, largest: true }, ["e"])).toEqual(["a", "b", "c"]);
  });
});
