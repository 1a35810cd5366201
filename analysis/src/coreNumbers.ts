/**
 * k-core number of each actor (Batagelj & Zaversnik 2003, O(m), as networkx's `core_number`):
 * the largest k such that the actor belongs to a subgraph where everyone has k neighbours.
 * graphology has no k-core. Read on the undirected simple graph.
 */
import type Graph from "graphology";
import { toAdjacency, type Neighbourhood } from "./adjacency.ts";

export function getCoreNumbers(graph: Graph): Record<string, number> {
  const { nodes, out } = toAdjacency(graph);
  const cores = toCoreNumbers(out);
  return Object.fromEntries(nodes.map((node, v) => [node, cores[v]!]));
}

/** The core number of each actor of an undirected CSR (the compact path gives its own). */
export function toCoreNumbers(out: Neighbourhood): Uint32Array {
  const n = out.starts.length - 1;
  const degree = new Uint32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    degree[v] = out.starts[v + 1]! - out.starts[v]!;
    maxDegree = Math.max(maxDegree, degree[v]!);
  }
  // Bucket sort by degree: binStart[d] is where the actors of degree d begin in `sorted`.
  const binStart = new Uint32Array(maxDegree + 1);
  for (let v = 0; v < n; v++) binStart[degree[v]!]!++;
  for (let d = 0, start = 0; d <= maxDegree; d++) {
    const count = binStart[d]!;
    binStart[d] = start;
    start += count;
  }
  const sorted = new Uint32Array(n);
  const position = new Uint32Array(n);
  for (let v = 0; v < n; v++) {
    position[v] = binStart[degree[v]!]!++;
    sorted[position[v]!] = v;
  }
  for (let d = maxDegree; d > 0; d--) binStart[d] = binStart[d - 1]!;
  binStart[0] = 0;
  for (let i = 0; i < n; i++) {
    const v = sorted[i]!;
    for (let j = out.starts[v]!; j < out.starts[v + 1]!; j++) {
      const u = out.neighbours[j]!;
      if (degree[u]! <= degree[v]!) continue;
      // Move u to the front of its bucket, then shrink that bucket: u's degree drops by one.
      const du = degree[u]!;
      const first = binStart[du]!;
      const w = sorted[first]!;
      if (u !== w) {
        sorted[position[u]!] = w;
        position[w] = position[u]!;
        sorted[first] = u;
        position[u] = first;
      }
      binStart[du]!++;
      degree[u]!--;
    }
  }
  return degree;
}
