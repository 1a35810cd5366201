/**
 * What the explorer sends the metrics worker and what it answers. The view travels as typed
 * arrays (relationship ends as indexes into the actor list): 50,000 actors and their
 * relationships copy in a few milliseconds, where as many small objects would not.
 */
import type { AlgorithmRecord, MetricName } from "@atlas/analysis";

export interface MetricsInput {
  nodes: string[];
  sources: Uint32Array;
  targets: Uint32Array;
  /** 1 where the relationship's direction counts (its type is directed). */
  directed: Uint8Array;
}

export interface MetricsRequest {
  id: number;
  input: MetricsInput;
}

/** Each metric's values in the order of the input's actors. */
export interface ViewMetrics {
  nodes: string[];
  values: Partial<Record<MetricName, Float64Array>>;
  /** Metrics refused for this view (above the analysis caps), with the reason. */
  errors: Partial<Record<MetricName, string>>;
  algorithms: AlgorithmRecord[];
  /** Milliseconds to build the simple graphs, per metric, and in all. */
  graphsMs: number;
  timings: Partial<Record<MetricName, number>>;
  totalMs: number;
}

export type MetricsMessage =
  | { id: number; kind: "progress"; done: number; total: number; metric: MetricName }
  | { id: number; kind: "done"; metrics: ViewMetrics }
  | { id: number; kind: "error"; message: string };
