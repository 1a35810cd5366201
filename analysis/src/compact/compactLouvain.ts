/**
 * Louvain communities (Blondel et al. 2008) on the undirected CSR of compactGraphs.ts, level by
 * level: actors move to the neighbouring community of best modularity gain until none gains, then
 * each community becomes one node of the next level, until a level moves nothing. Local moves are
 * graphology-communities-louvain's "fast" ones: a queue of the actors whose neighbourhood changed.
 * Hand-written because graphology's Louvain reads a graphology Graph (about 400 bytes a link): at
 * 10 million links that graph alone does not fit the metrics worker's heap; these arrays take
 * about 12 bytes an entry. Actors are visited in a seeded random order, so a seed gives one result.
 */
import { createSeededRandom } from "@atlas/model";
import type { CompactGraph } from "./compactGraphs.ts";

export interface LouvainOptions {
  resolution: number;
  seed: number;
}

/** One level: its nodes are the communities of the level below, `loops` their inner weight counted twice. */
interface Level extends CompactGraph {
  loops: Float64Array;
}

/** A move must gain more than this: rounding must not make two communities trade an actor forever. */
const EPSILON = 1e-10;

/** Each node's community after local moves (ids 0 .. order-1), or null when no node moved. */
function moveNodes(level: Level, totalWeight: number, resolution: number, random: () => number): Uint32Array | null {
  const { order: n, starts, neighbours, weights, loops } = level;
  const community = new Uint32Array(n);
  const members = new Uint32Array(n).fill(1);
  const degree = Float64Array.from(loops);
  for (let i = 0; i < n; i++) {
    community[i] = i;
    for (let j = starts[i]!; j < starts[i + 1]!; j++) degree[i]! += weights[j]!;
  }
  const total = Float64Array.from(degree);
  const empty: number[] = [];
  // A ring of at most n actors: `queued` keeps each in it once.
  const queue = new Uint32Array(n);
  const queued = new Uint8Array(n).fill(1);
  for (let i = 0; i < n; i++) queue[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [queue[i], queue[j]] = [queue[j]!, queue[i]!];
  }
  let head = 0;
  let length = n;
  const linkWeight = new Float64Array(n);
  const touched = new Uint32Array(n);
  const scale = resolution / totalWeight;
  let moved = false;
  while (length > 0) {
    const i = queue[head]!;
    head = (head + 1) % n;
    length--;
    queued[i] = 0;
    const own = community[i]!;
    const k = degree[i]!;
    let seen = 0;
    for (let j = starts[i]!; j < starts[i + 1]!; j++) {
      const c = community[neighbours[j]!]!;
      if (linkWeight[c] === 0) touched[seen++] = c;
      linkWeight[c]! += weights[j]!;
    }
    total[own]! -= k;
    let best = own;
    let bestGain = linkWeight[own]! - k * total[own]! * scale;
    for (let t = 0; t < seen; t++) {
      const c = touched[t]!;
      const gain = linkWeight[c]! - k * total[c]! * scale;
      if (gain <= bestGain + EPSILON) continue;
      best = c;
      bestGain = gain;
    }
    for (let t = 0; t < seen; t++) linkWeight[touched[t]!] = 0;
    // Worse off with everyone: alone, in a community left empty (there is one, since own is not).
    if (bestGain < 0 && members[own]! > 1) best = empty.pop()!;
    total[best]! += k;
    if (best === own) continue;
    community[i] = best;
    members[best]!++;
    if (--members[own]! === 0) empty.push(own);
    moved = true;
    for (let j = starts[i]!; j < starts[i + 1]!; j++) {
      const u = neighbours[j]!;
      if (queued[u] || community[u] === best) continue;
      queued[u] = 1;
      queue[(head + length++) % n] = u;
    }
  }
  return moved ? community : null;
}

/** The next level: communities numbered in the order they first come, `renumbered` each node's. */
function aggregate(level: Level, community: Uint32Array): { next: Level; renumbered: Uint32Array } {
  const { order: n, starts, neighbours, weights, loops } = level;
  const label = new Int32Array(n).fill(-1);
  const renumbered = new Uint32Array(n);
  let order = 0;
  for (let i = 0; i < n; i++) {
    const c = community[i]!;
    if (label[c] === -1) label[c] = order++;
    renumbered[i] = label[c]!;
  }
  // The members of each community, together: a counting sort by new number.
  const memberStarts = new Uint32Array(order + 1);
  for (let i = 0; i < n; i++) memberStarts[renumbered[i]! + 1]!++;
  for (let c = 0; c < order; c++) memberStarts[c + 1]! += memberStarts[c]!;
  const fill = memberStarts.slice(0, order);
  const members = new Uint32Array(n);
  for (let i = 0; i < n; i++) members[fill[renumbered[i]!]!++] = i;

  const next: Level = {
    order,
    size: 0,
    starts: new Uint32Array(order + 1),
    neighbours: new Uint32Array(neighbours.length),
    weights: new Float64Array(neighbours.length),
    loops: new Float64Array(order),
  };
  const linkWeight = new Float64Array(order);
  const touched = new Uint32Array(order);
  let k = 0;
  for (let c = 0; c < order; c++) {
    next.starts[c] = k;
    let seen = 0;
    for (let m = memberStarts[c]!; m < memberStarts[c + 1]!; m++) {
      const i = members[m]!;
      next.loops[c]! += loops[i]!;
      for (let j = starts[i]!; j < starts[i + 1]!; j++) {
        const d = renumbered[neighbours[j]!]!;
        if (d === c) next.loops[c]! += weights[j]!;
        else {
          if (linkWeight[d] === 0) touched[seen++] = d;
          linkWeight[d]! += weights[j]!;
        }
      }
    }
    for (let t = 0; t < seen; t++, k++) {
      next.neighbours[k] = touched[t]!;
      next.weights[k] = linkWeight[touched[t]!]!;
      linkWeight[touched[t]!] = 0;
    }
  }
  next.starts[order] = k;
  next.neighbours = next.neighbours.slice(0, k);
  next.weights = next.weights.slice(0, k);
  next.size = k / 2;
  return { next, renumbered };
}

/** Each actor's community, numbered 0, 1, ... in the order of the actors. */
export function getCompactCommunities(graph: CompactGraph, { resolution, seed }: LouvainOptions): Uint32Array {
  const communities = new Uint32Array(graph.order);
  for (let v = 0; v < graph.order; v++) communities[v] = v;
  // The sum of all degrees, 2m: the same at every level (inner weight moves to `loops`).
  let totalWeight = 0;
  for (const weight of graph.weights) totalWeight += weight;
  if (totalWeight === 0) return communities;
  const random = createSeededRandom(seed);
  let level: Level = { ...graph, loops: new Float64Array(graph.order) };
  for (;;) {
    const community = moveNodes(level, totalWeight, resolution, random);
    if (!community) return communities;
    const { next, renumbered } = aggregate(level, community);
    for (let v = 0; v < graph.order; v++) communities[v] = renumbered[communities[v]!]!;
    level = next;
  }
}
