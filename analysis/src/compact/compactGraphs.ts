/**
 * The simple graphs of simpleGraphs.ts as compressed adjacency (CSR) over actor indices, for the
 * whole database: graphology spends about 400 bytes a link, these arrays 12 bytes an entry.
 * Same rules: parallel relationships merge into one link weighted by their number, a-b and b-a
 * merge on the undirected graph, a type whose direction means nothing counts both ways on the
 * directed graph, self-loops are dropped.
 */

/** Relationships between actors 0 .. order-1; the first `count` entries of each array hold them. */
export interface CompactLinks {
  order: number;
  count: number;
  sources: Uint32Array;
  targets: Uint32Array;
  /** 1 where the relationship's type is directed, 0 where its direction means nothing. */
  directed: Uint8Array;
}

export interface CompactGraph {
  order: number;
  /** Links; the undirected graph stores each at both of its ends. */
  size: number;
  /** Actor v's links are entries starts[v] to starts[v + 1] - 1 of neighbours and weights. */
  starts: Uint32Array;
  neighbours: Uint32Array;
  weights: Float64Array;
}

/** Calls `arc(from, to)` for every entry of a graph, parallel ones included. */
type ArcWalk = (arc: (from: number, to: number) => void) => void;

/** The entries of every actor, parallel ones repeated, in the order the relationships come. */
function toArcs(order: number, walk: ArcWalk): { starts: Uint32Array; neighbours: Uint32Array } {
  const starts = new Uint32Array(order + 1);
  walk((from) => starts[from + 1]!++);
  for (let v = 0; v < order; v++) starts[v + 1]! += starts[v]!;
  const next = starts.slice(0, order);
  const neighbours = new Uint32Array(starts[order]!);
  walk((from, to) => (neighbours[next[from]!++] = to));
  return { starts, neighbours };
}

/**
 * Parallel entries of each actor merged into one weighted by their number, in the order each
 * neighbour first comes: one pass to count, one to fill, with a mark per neighbour (no sort).
 */
function mergeParallel(order: number, arcs: { starts: Uint32Array; neighbours: Uint32Array }) {
  const mark = new Int32Array(order).fill(-1);
  let unique = 0;
  for (let v = 0; v < order; v++)
    for (let j = arcs.starts[v]!; j < arcs.starts[v + 1]!; j++) {
      const u = arcs.neighbours[j]!;
      if (mark[u] === v) continue;
      mark[u] = v;
      unique++;
    }
  mark.fill(-1);
  const slot = new Uint32Array(order);
  const starts = new Uint32Array(order + 1);
  const neighbours = new Uint32Array(unique);
  const weights = new Float64Array(unique);
  let k = 0;
  for (let v = 0; v < order; v++) {
    starts[v] = k;
    for (let j = arcs.starts[v]!; j < arcs.starts[v + 1]!; j++) {
      const u = arcs.neighbours[j]!;
      if (mark[u] === v) {
        weights[slot[u]!]!++;
        continue;
      }
      mark[u] = v;
      slot[u] = k;
      neighbours[k] = u;
      weights[k++] = 1;
    }
  }
  starts[order] = k;
  return { starts, neighbours, weights };
}

/** One of the two simple graphs; the caller builds the directed one only when a metric reads it. */
export function toCompactGraph(links: CompactLinks, type: "directed" | "undirected"): CompactGraph {
  const { order, count, sources, targets, directed } = links;
  for (let i = 0; i < count; i++)
    if (sources[i]! >= order || targets[i]! >= order)
      throw new Error(
        `toCompactGraph: relationship ${i} joins actor ${Math.max(sources[i]!, targets[i]!)} of ${order}`,
      );
  const walk: ArcWalk = (arc) => {
    for (let i = 0; i < count; i++) {
      const a = sources[i]!;
      const b = targets[i]!;
      if (a === b) continue;
      arc(a, b);
      if (type === "undirected" || !directed[i]) arc(b, a);
    }
  };
  const graph = mergeParallel(order, toArcs(order, walk));
  const entries = graph.neighbours.length;
  return { order, size: type === "undirected" ? entries / 2 : entries, ...graph };
}
