/** Degrees read off the CSR of compactGraphs.ts, as graphology counts them on the simple graphs. */
import type { CompactGraph } from "./compactGraphs.ts";

/** Links at each actor: the degree (undirected graph) or the out-degree (directed graph). */
export function getCompactDegrees({ order, starts }: CompactGraph): Float64Array {
  const degrees = new Float64Array(order);
  for (let v = 0; v < order; v++) degrees[v] = starts[v + 1]! - starts[v]!;
  return degrees;
}

/** Links that end at each actor of the directed graph. */
export function getCompactInDegrees({ order, neighbours }: CompactGraph): Float64Array {
  const degrees = new Float64Array(order);
  for (const u of neighbours) degrees[u]!++;
  return degrees;
}

/** The weights of each actor's links summed: on the undirected graph, its relationships but self-loops. */
export function getCompactWeightedDegrees({ order, starts, weights }: CompactGraph): Float64Array {
  const degrees = new Float64Array(order);
  for (let v = 0; v < order; v++) for (let j = starts[v]!; j < starts[v + 1]!; j++) degrees[v]! += weights[j]!;
  return degrees;
}
