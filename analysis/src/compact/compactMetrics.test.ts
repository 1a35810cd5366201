import { describe, expect, it } from "vitest";
import { generateGraph, isDirected } from "../../test/generatedGraphs.ts";
import { computeMetrics } from "../computeMetrics.ts";
import { LIBRARIES } from "../libraries.ts";
import { toSimpleGraphs } from "../simpleGraphs.ts";
import { toCompactGraph } from "./compactGraphs.ts";
import { checkCompactSize, COMPACT_LIMITS, COMPACT_METRIC_NAMES, computeCompactMetric } from "./compactMetrics.ts";
import { fromCompactGraphs } from "./fromCompactGraphs.ts";

const { ids, links, compact } = generateGraph(300, 2000, { groups: 6, inside: 0.7, seed: 11 });
const graphs = {
  undirected: toCompactGraph(compact, "undirected"),
  get directed() {
    return toCompactGraph(compact, "directed");
  },
};

describe("computeCompactMetric", () => {
  const expected = computeMetrics(toSimpleGraphs(ids, links, isDirected), COMPACT_METRIC_NAMES);

  it.each(COMPACT_METRIC_NAMES.filter((name) => name !== "community"))("%s equals the graphology path's", (name) => {
    const { values } = computeCompactMetric(graphs, name);
    ids.forEach((id, v) => expect(values[v]!, `${name} of ${id}`).toBeCloseTo(expected.nodes[id]![name]!, 12));
  });

  it("records each run as the graphology path does, crediting this package", () => {
    for (const name of COMPACT_METRIC_NAMES) {
      const { record } = computeCompactMetric(graphs, name, { seed: 1, resolution: 1 });
      const theirs = expected.algorithms.find((a) => a.metric === name)!;
      // Louvain's own result differs from graphology's: its modularity and count are checked apart.
      const { modularity, communities } = record;
      expect(record).toEqual({ ...theirs, library: LIBRARIES.analysis, modularity, communities });
      if (name === "community") expect(modularity).toBeGreaterThan(theirs.modularity! - 0.01);
    }
  });
});

describe("checkCompactSize", () => {
  it("refuses a database above the limits, naming them and its size", () => {
    expect(() => checkCompactSize(COMPACT_LIMITS.maxNodes, COMPACT_LIMITS.maxRelationships)).not.toThrow();
    expect(() => checkCompactSize(10, COMPACT_LIMITS.maxRelationships + 1)).toThrow(
      `whole-database metrics are computed on at most ${COMPACT_LIMITS.maxNodes} actors and ${COMPACT_LIMITS.maxRelationships} relationships; this database has 10 and ${COMPACT_LIMITS.maxRelationships + 1}`,
    );
  });
});

describe("fromCompactGraphs", () => {
  it("gives graphology the same simple graphs as toSimpleGraphs", () => {
    const theirs = toSimpleGraphs(ids, links, isDirected);
    const ours = fromCompactGraphs(ids, graphs);
    for (const type of ["directed", "undirected"] as const) {
      expect(ours[type].order).toBe(theirs[type].order);
      expect(ours[type].size).toBe(theirs[type].size);
      theirs[type].forEachEdge((_edge, { weight }, source, target) =>
        expect(ours[type].getEdgeAttribute(source, target, "weight")).toBe(weight),
      );
    }
  });
});
