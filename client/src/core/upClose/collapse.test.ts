import { beforeAll, describe, expect, it } from "vitest";
import { readFixtureSubgraph } from "../../../../seed/fixtures/subgraph.ts";
import { createAtlasGraph, mergeSubgraph, type AtlasGraph } from "../atlasGraph.ts";
import { getCollapsedSubset } from "./collapse.ts";

let graph: AtlasGraph;
let hub: string;
beforeAll(() => {
  graph = createAtlasGraph();
  mergeSubgraph(graph, readFixtureSubgraph("small"));
  hub = graph.nodes().reduce((a, b) => (graph.degree(b) > graph.degree(a) ? b : a));
});

describe("getCollapsedSubset", () => {
  it("takes out what an expansion added, and only that", () => {
    const before = new Set([hub]);
    const added = graph.neighbors(hub);
    const after = new Set([...before, ...added]);
    expect(getCollapsedSubset(graph, after, hub, { [hub]: added }, new Set())).toEqual(before);
  });

  it("keeps what the selection, a pin or another shown expansion holds", () => {
    const [kept, shared, ...rest] = graph.neighbors(hub);
    const other = graph.nodes().find((n) => n !== hub && !graph.neighbors(hub).includes(n))!;
    const subset = new Set([hub, other, kept!, shared!, ...rest]);
    const expansions = { [hub]: [kept!, shared!, ...rest], [other]: [shared!] };
    const result = getCollapsedSubset(graph, subset, hub, expansions, new Set([kept!]));
    expect([...result].sort()).toEqual([hub, other, kept!, shared!].sort());
  });

  it("without a record, takes out the neighbours that hang on the actor alone", () => {
    const subset = new Set([hub, ...graph.neighbors(hub)]);
    const result = getCollapsedSubset(graph, subset, hub, {}, new Set());
    for (const node of graph.neighbors(hub)) {
      const heldByAnother = graph.neighbors(node).some((n) => n !== hub && subset.has(n));
      expect(result.has(node), node).toBe(heldByAnother);
    }
    expect(result.has(hub)).toBe(true);
  });

  it("names the actor it cannot find", () => {
    expect(() => getCollapsedSubset(graph, new Set(), "nobody", {}, new Set())).toThrow(
      'getCollapsedSubset: actor "nobody" is not in the graph',
    );
  });
});
