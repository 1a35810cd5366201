import { METRIC_NAMES } from "@atlas/analysis";
import { isDirectedType } from "@atlas/model";
import { describe, expect, it } from "vitest";
import { readFixtureSubgraph } from "../../../../seed/fixtures/subgraph.ts";
import { createAtlasGraph, mergeSubgraph } from "../atlasGraph.ts";
import { createMetricLookup, getMetricsInput } from "./metricsInput.ts";
import { getInteractivePivots, INTERACTIVE_STEPS, runMetrics } from "./runMetrics.ts";

const graph = createAtlasGraph();
mergeSubgraph(graph, readFixtureSubgraph("small"));
const KIEL = "fx-kiel";

describe("getMetricsInput", () => {
  it("keeps only the relationships between the actors given, as indexes, directed as their type says", () => {
    const ids = [KIEL, ...graph.neighbors(KIEL)];
    const input = getMetricsInput(graph, ids, graph.edges());
    const inside = graph.filterEdges((_e, _a, s, t) => ids.includes(s) && ids.includes(t));
    expect(input.nodes).toEqual(ids);
    expect(input.sources).toHaveLength(inside.length);
    inside.forEach((edge, i) => {
      expect(input.nodes[input.sources[i]!]).toBe(graph.source(edge));
      expect(input.nodes[input.targets[i]!]).toBe(graph.target(edge));
      expect(input.directed[i]).toBe(isDirectedType(graph.getEdgeAttribute(edge, "relType")) ? 1 : 0);
    });
  });
});

describe("runMetrics", () => {
  const input = () => getMetricsInput(graph, graph.nodes(), graph.edges());

  it("computes every metric in the actors' order and reports each step before it runs", () => {
    const steps: string[] = [];
    const metrics = runMetrics(input(), (done, total, metric) => steps.push(`${done}/${total} ${metric}`));
    expect(steps).toEqual(METRIC_NAMES.map((metric, i) => `${i}/${METRIC_NAMES.length} ${metric}`));
    expect(Object.keys(metrics.values)).toEqual([...METRIC_NAMES]);
    expect(metrics.errors).toEqual({});
    const valueOf = createMetricLookup(metrics);
    // Degree on the simple graph: distinct neighbours, parallel relationships merged.
    expect(valueOf("degree", KIEL)).toBe(new Set(graph.neighbors(KIEL)).size);
    const ranks = graph.nodes().map((id) => valueOf("pagerank", id)!);
    expect(ranks.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(metrics.algorithms.map((a) => a.metric)).toEqual([...METRIC_NAMES]);
  });

  it("keeps a metric refused above the caps as that metric's error and computes the others", () => {
    // 16,000 actors: a search from each is 2.56e8 steps, above the all-pairs budget of 2.5e8.
    const nodes = Array.from({ length: 16_000 }, (_, i) => `a${i}`);
    const empty = { nodes, sources: new Uint32Array(), targets: new Uint32Array(), directed: new Uint8Array() };
    const metrics = runMetrics(empty, undefined, ["closeness", "degree"]);
    expect(metrics.errors.closeness).toMatch(/closeness searches from every actor.*show fewer actors/);
    expect(metrics.values.closeness).toBeUndefined();
    expect(metrics.values.degree).toHaveLength(16_000);
  });

  it("samples betweenness above the explorer's budget, from as many pivots as fit in it", () => {
    expect(getInteractivePivots(1000, 9000)).toBeUndefined();
    expect(getInteractivePivots(10_000, 60_000)).toBe(Math.floor(INTERACTIVE_STEPS / 70_000));
    // A path of 4,000 actors: 4,000 · (4,000 + 7,998) steps, above the budget.
    const nodes = Array.from({ length: 4000 }, (_, i) => `a${i}`);
    const path = {
      nodes,
      sources: Uint32Array.from(nodes.slice(1), (_, i) => i),
      targets: Uint32Array.from(nodes.slice(1), (_, i) => i + 1),
      directed: new Uint8Array(3999),
    };
    const { algorithms } = runMetrics(path, undefined, ["betweenness"]);
    expect(algorithms[0]!.algorithm).toBe(`Brandes, sampled from ${getInteractivePivots(4000, 7998)} pivots`);
  });

  it("answers undefined for actors and metrics it does not cover", () => {
    const valueOf = createMetricLookup(runMetrics(getMetricsInput(graph, [KIEL], []), undefined, ["degree"]));
    expect(valueOf("degree", KIEL)).toBe(0);
    expect(valueOf("degree", "fx-not-there")).toBeUndefined();
    expect(valueOf("pagerank", KIEL)).toBeUndefined();
    expect(createMetricLookup(null)("degree", KIEL)).toBeUndefined();
  });
});
