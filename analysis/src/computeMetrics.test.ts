import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { computeMetrics, getPivotCount, METRIC_LIMITS } from "./computeMetrics.ts";
import { METRIC_NAMES } from "./metricDefinitions.ts";
import { toSimpleGraphs, type SimpleGraph } from "./simpleGraphs.ts";

const PATH = toSimpleGraphs(
  ["a", "b", "c", "d"],
  [
    { source: "a", target: "b", type: "FUNDS" },
    { source: "b", target: "c", type: "FUNDS" },
    { source: "c", target: "d", type: "FUNDS" },
  ],
  () => true,
);

/** Isolated actors only: enough to cross the size caps without building links. */
function isolated(order: number) {
  const graph: SimpleGraph = new Graph({ type: "undirected" });
  for (let i = 0; i < order; i++) graph.addNode(`n${i}`);
  return { directed: graph, undirected: graph };
}

describe("computeMetrics", () => {
  it("gives each actor the metrics asked for, and nothing else", () => {
    const { nodes } = computeMetrics(PATH, ["degree", "outDegree"]);
    expect(nodes).toEqual({
      a: { degree: 1, outDegree: 1 },
      b: { degree: 2, outDegree: 1 },
      c: { degree: 2, outDegree: 1 },
      d: { degree: 1, outDegree: 0 },
    });
  });

  it("describes every run for a manifest: algorithm, parameters, library and version", () => {
    const { algorithms } = computeMetrics(PATH, METRIC_NAMES, { seed: 5 });
    expect(algorithms.map((a) => a.metric)).toEqual([...METRIC_NAMES]);
    const community = algorithms.find((a) => a.metric === "community")!;
    expect(community.library.name).toBe("graphology-communities-louvain");
    expect(community.library.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(community.parameters).toMatchObject({ seed: 5, resolution: 1 });
    expect(community.modularity).toBeGreaterThan(0);
    expect(algorithms.find((a) => a.metric === "pagerank")!.parameters).toMatchObject({ alpha: 0.85 });
  });

  it("gives the same communities for the same seed", () => {
    const first = computeMetrics(PATH, ["community"], { seed: 9 }).nodes;
    expect(computeMetrics(PATH, ["community"], { seed: 9 }).nodes).toEqual(first);
  });

  it("refuses an unknown metric, naming it and listing the allowed ones", () => {
    expect(() => computeMetrics(PATH, ["degree", "eigenvector"])).toThrow(
      `unknown metric "eigenvector"; allowed: ${METRIC_NAMES.join(", ")}`,
    );
  });

  it("refuses a graph above the node cap", () => {
    expect(() => computeMetrics(isolated(METRIC_LIMITS.maxNodes + 1), ["degree"])).toThrow(
      `metrics are computed on at most ${METRIC_LIMITS.maxNodes} actors`,
    );
  });

  it("refuses closeness beyond the all-pairs budget", () => {
    const order = Math.ceil(Math.sqrt(METRIC_LIMITS.allPairsSteps)) + 1;
    expect(() => computeMetrics(isolated(order), ["closeness"])).toThrow("closeness searches from every actor");
  });

  it("samples betweenness beyond the all-pairs budget, and when asked", () => {
    expect(getPivotCount(1000, 5000, undefined)).toBeNull();
    const [n, m] = [100_000, 1_000_000];
    expect(getPivotCount(n, m, undefined)).toBe(Math.floor(METRIC_LIMITS.allPairsSteps / (n + m)));
    expect(getPivotCount(1000, 5000, 50)).toBe(50);
    expect(getPivotCount(10, 20, 50)).toBe(10);
    expect(() => getPivotCount(10, 20, 0)).toThrow("betweennessPivots must be a positive integer, not 0");
    const sampled = computeMetrics(PATH, ["betweenness"], { betweennessPivots: 2, seed: 4 }).algorithms[0]!;
    expect(sampled.parameters).toMatchObject({ k: 2, seed: 4 });
    expect(sampled.parameters.pivots).toHaveLength(2);
  });
});
