/**
 * Betweenness estimated from k pivots (Brandes 2001, as networkx's `betweenness_centrality(k=…)`):
 * shortest paths are counted from the pivots only and the sum is scaled by n/k. graphology has no
 * sampled variant, and exact betweenness costs a search from every actor (hours at 100k actors).
 * Unweighted and normalised exactly as networkx: 1/((n-1)(n-2)), never halved on undirected graphs.
 */
import type Graph from "graphology";
import { toAdjacency } from "./adjacency.ts";

export function getSampledBetweenness(graph: Graph, pivots: readonly string[]): Record<string, number> {
  const { nodes, out, in: inbound } = toAdjacency(graph);
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node, i]));
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const distance = new Int32Array(n);
  const order = new Uint32Array(n);
  const centrality = new Float64Array(n);
  for (const pivot of pivots) {
    const s = index.get(pivot);
    if (s === undefined) throw new Error(`getSampledBetweenness: pivot "${pivot}" is not in the graph`);
    sigma.fill(0);
    delta.fill(0);
    distance.fill(-1);
    sigma[s] = 1;
    distance[s] = 0;
    order[0] = s;
    // Breadth-first order doubles as the queue and, read backwards, as Brandes' stack.
    let reached = 1;
    for (let head = 0; head < reached; head++) {
      const v = order[head]!;
      for (let j = out.starts[v]!; j < out.starts[v + 1]!; j++) {
        const w = out.neighbours[j]!;
        if (distance[w] === -1) {
          distance[w] = distance[v]! + 1;
          order[reached++] = w;
        }
        if (distance[w] === distance[v]! + 1) sigma[w]! += sigma[v]!;
      }
    }
    for (let i = reached - 1; i > 0; i--) {
      const w = order[i]!;
      // Predecessors are the in-neighbours one step closer to the pivot.
      for (let j = inbound.starts[w]!; j < inbound.starts[w + 1]!; j++) {
        const v = inbound.neighbours[j]!;
        if (distance[v] === distance[w]! - 1) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      }
      centrality[w]! += delta[w]!;
    }
  }
  const scale = n > 2 && pivots.length > 0 ? n / pivots.length / ((n - 1) * (n - 2)) : 1;
  return Object.fromEntries(nodes.map((node, i) => [node, centrality[i]! * scale]));
}
