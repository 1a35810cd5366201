/**
 * Modularity of a partition of the undirected CSR, as graphology-metrics' modularity computes it
 * on a weighted undirected graph: per community, its inner weight over m less resolution times
 * the square of its degree sum over 2m. 0 without links (graphology refuses that case).
 */
import type { CompactGraph } from "./compactGraphs.ts";

export function getCompactModularity(graph: CompactGraph, communities: Uint32Array, resolution: number): number {
  const { order, starts, neighbours, weights } = graph;
  let count = 0;
  for (const c of communities) count = Math.max(count, c + 1);
  // Both sums count each link at both its ends: inner ones twice, as 2m does.
  const inner = new Float64Array(count);
  const total = new Float64Array(count);
  let totalWeight = 0;
  for (let v = 0; v < order; v++) {
    const c = communities[v]!;
    for (let j = starts[v]!; j < starts[v + 1]!; j++) {
      total[c]! += weights[j]!;
      if (communities[neighbours[j]!] === c) inner[c]! += weights[j]!;
    }
  }
  for (const weight of total) totalWeight += weight;
  if (totalWeight === 0) return 0;
  let modularity = 0;
  for (let c = 0; c < count; c++) modularity += inner[c]! / totalWeight - resolution * (total[c]! / totalWeight) ** 2;
  return modularity;
}
