import { beforeAll, describe, expect, it } from "vitest";
import { readFixtureSubgraph } from "../../../../seed/fixtures/subgraph.ts";
import { createAtlasGraph, mergeSubgraph, type AtlasGraph } from "../atlasGraph.ts";
import { getLocalLayout } from "./localLayout.ts";

let graph: AtlasGraph;
let subset: string[];
beforeAll(() => {
  graph = createAtlasGraph();
  mergeSubgraph(graph, readFixtureSubgraph("small"));
  const hub = graph.nodes().reduce((a, b) => (graph.degree(b) > graph.degree(a) ? b : a));
  subset = [hub, ...graph.neighbors(hub)];
});

describe("getLocalLayout", () => {
  it("places exactly the subset's actors, the same way twice, whatever their order or current place", () => {
    const first = getLocalLayout(graph, subset, {});
    expect(Object.keys(first).sort()).toEqual([...new Set(subset)].sort());
    graph.updateEachNodeAttributes((_id, a) => ({ ...a, x: a.x + 37, y: -a.y }));
    expect(getLocalLayout(graph, [...subset].reverse(), {})).toEqual(first);
  });

  it("leaves pinned actors where they were pinned and lays out the others around them", () => {
    const [pinned] = subset;
    const pins = { [pinned!]: { x: 500, y: -300 } };
    const laid = getLocalLayout(graph, subset, pins);
    expect(laid[pinned!]).toEqual({ x: 500, y: -300 });
    expect(laid).not.toEqual(getLocalLayout(graph, subset, {}));
    expect(getLocalLayout(graph, subset, pins)).toEqual(laid);
  });

  it("keeps nodes apart: no two centres within 2% of the layout's width", () => {
    const laid = getLocalLayout(graph, subset, {});
    const points = Object.entries(laid);
    const xs = points.map(([, p]) => p.x);
    const span = Math.max(...xs) - Math.min(...xs);
    for (const [a, p] of points)
      for (const [b, q] of points) {
        if (a >= b) continue;
        const apart = Math.hypot(p.x - q.x, p.y - q.y) / span;
        expect(apart, `${a} and ${b}`).toBeGreaterThan(0.02);
      }
  });

  it("skips ids the graph does not hold, and places a lone actor where it starts", () => {
    expect(getLocalLayout(graph, ["no-such-actor"], {})).toEqual({});
    expect(Object.keys(getLocalLayout(graph, [subset[0]!, "no-such-actor"], {}))).toEqual([subset[0]]);
  });
});
