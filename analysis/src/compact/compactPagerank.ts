/**
 * PageRank on the directed CSR, step for step as graphology-metrics' pagerank (which reads a
 * graphology Graph): edge weights divided by the weighted out-degree, the rank of dangling actors
 * spread evenly, stopped once the sum of |change| falls under order·tolerance, an error past
 * maxIterations. Arrays are swapped instead of allocated each round.
 */
import { PAGERANK_OPTIONS } from "../metricRecords.ts";
import type { CompactGraph } from "./compactGraphs.ts";

export interface PagerankOptions {
  alpha: number;
  tolerance: number;
  maxIterations: number;
}

export function getCompactPagerank(graph: CompactGraph, options: PagerankOptions = PAGERANK_OPTIONS): Float64Array {
  const { alpha, tolerance, maxIterations } = options;
  const { order: n, starts, neighbours, weights } = graph;
  if (n === 0) return new Float64Array(0);
  const p = 1 / n;
  const normalized = new Float64Array(weights.length);
  const dangling: number[] = [];
  for (let i = 0; i < n; i++) {
    let degree = 0;
    for (let j = starts[i]!; j < starts[i + 1]!; j++) degree += weights[j]!;
    if (degree === 0) dangling.push(i);
    for (let j = starts[i]!; j < starts[i + 1]!; j++) normalized[j] = weights[j]! / degree;
  }
  let x = new Float64Array(n).fill(p);
  let last = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    [last, x] = [x, last];
    x.fill(0);
    let dangleSum = 0;
    for (const i of dangling) dangleSum += last[i]!;
    dangleSum *= alpha;
    for (let i = 0; i < n; i++) {
      for (let j = starts[i]!; j < starts[i + 1]!; j++) x[neighbours[j]!]! += alpha * last[i]! * normalized[j]!;
      x[i]! += dangleSum * p + (1 - alpha) * p;
    }
    let error = 0;
    for (let i = 0; i < n; i++) error += Math.abs(x[i]! - last[i]!);
    if (error < n * tolerance) return x;
  }
  throw new Error(`getCompactPagerank: failed to converge in ${maxIterations} iterations`);
}
