/**
 * The view as the metrics worker reads it: the actors given and the relationships given between
 * them (any set: what the filters show, an ego network, a projection's links).
 */
import type { MetricName } from "@atlas/analysis";
import { isDirectedType } from "@atlas/model";
import type { AtlasGraph } from "../atlasGraph.ts";
import type { MetricsInput, ViewMetrics } from "./metricsProtocol.ts";

export function getMetricsInput(graph: AtlasGraph, ids: readonly string[], edges: readonly string[]): MetricsInput {
  const index = new Map(ids.map((id, i) => [id, i]));
  const kept = edges.filter((edge) => index.has(graph.source(edge)) && index.has(graph.target(edge)));
  const input: MetricsInput = {
    nodes: [...ids],
    sources: new Uint32Array(kept.length),
    targets: new Uint32Array(kept.length),
    directed: new Uint8Array(kept.length),
  };
  kept.forEach((edge, i) => {
    input.sources[i] = index.get(graph.source(edge))!;
    input.targets[i] = index.get(graph.target(edge))!;
    input.directed[i] = isDirectedType(graph.getEdgeAttribute(edge, "relType")) ? 1 : 0;
  });
  return input;
}

/** A metric's value for an actor, or undefined where the metrics do not cover it. */
export function createMetricLookup(metrics: ViewMetrics | null) {
  const index = new Map(metrics?.nodes.map((id, i) => [id, i]));
  return (metric: MetricName, id: string): number | undefined => {
    const i = index.get(id);
    const value = i === undefined ? undefined : metrics?.values[metric]?.[i];
    return value === undefined || Number.isNaN(value) ? undefined : value;
  };
}
