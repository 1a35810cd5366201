/**
 * graphology's simple graphs made from the compact ones, for the metrics that stay on the
 * graphology path (betweenness, closeness): only under METRIC_LIMITS, where they fit.
 */
import Graph from "graphology";
import type { SimpleGraph, SimpleGraphs } from "../simpleGraphs.ts";
import type { CompactGraph } from "./compactGraphs.ts";
import type { CompactGraphSource } from "./compactMetrics.ts";

function toGraph(ids: string[], compact: CompactGraph, type: "directed" | "undirected"): SimpleGraph {
  const graph: SimpleGraph = new Graph({ type, multi: false, allowSelfLoops: false });
  for (const id of ids) graph.addNode(id);
  for (let v = 0; v < compact.order; v++)
    for (let j = compact.starts[v]!; j < compact.starts[v + 1]!; j++) {
      const u = compact.neighbours[j]!;
      // The undirected CSR holds each link at both ends: add it once.
      if (type === "directed" || v < u) graph.addEdge(ids[v]!, ids[u]!, { weight: compact.weights[j]! });
    }
  return graph;
}

export function fromCompactGraphs(ids: string[], graphs: CompactGraphSource): SimpleGraphs {
  return {
    directed: toGraph(ids, graphs.directed, "directed"),
    undirected: toGraph(ids, graphs.undirected, "undirected"),
  };
}
