import pagerank from "graphology-metrics/centrality/pagerank";
import { describe, expect, it } from "vitest";
import { generateGraph, isDirected } from "../../test/generatedGraphs.ts";
import { PAGERANK_OPTIONS } from "../metricRecords.ts";
import { toSimpleGraphs } from "../simpleGraphs.ts";
import { toCompactGraph } from "./compactGraphs.ts";
import { getCompactPagerank } from "./compactPagerank.ts";

describe("getCompactPagerank", () => {
  it.each([
    [50, 40, 1, true],
    [200, 400, 2, true],
    [1000, 3000, 3, true],
    [300, 6000, 4, false],
  ])(
    "equals graphology-metrics' pagerank on %i actors and %i relationships (seed %i)",
    (order, size, seed, dangling) => {
      const { ids, links, compact } = generateGraph(order, size, { groups: 5, inside: 0.7, seed });
      const expected = pagerank(toSimpleGraphs(ids, links, isDirected).directed, PAGERANK_OPTIONS);
      const directed = toCompactGraph(compact, "directed");
      const values = getCompactPagerank(directed);
      // Actors without a link out (sparse graphs): their rank is spread evenly, as graphology does.
      expect(ids.some((_, v) => directed.starts[v] === directed.starts[v + 1])).toBe(dangling);
      ids.forEach((id, v) => expect(Math.abs(values[v]! - expected[id]!), id).toBeLessThan(1e-12));
    },
  );

  it("gives nothing on an empty graph and fails loudly when it does not converge", () => {
    const { compact } = generateGraph(100, 500, { seed: 9 });
    const graph = toCompactGraph(compact, "directed");
    expect(getCompactPagerank({ ...graph, order: 0, starts: Uint32Array.of(0) })).toHaveLength(0);
    expect(() => getCompactPagerank(graph, { alpha: 0.85, tolerance: 1e-12, maxIterations: 2 })).toThrow(
      "getCompactPagerank: failed to converge in 2 iterations",
    );
  });
});
