/**
 * Computes the named metrics on the simple graphs and describes each run for a manifest.
 * The work is bounded: every metric is refused above METRIC_LIMITS' caps, and the metrics that
 * search from every actor (exact betweenness, closeness) above its all-pairs budget, where
 * betweenness is sampled from pivots instead. Pure: runs in a Web Worker or a Node worker.
 */
import { METRIC_NAMES, METRICS, type AlgorithmRecord, type MetricName } from "./metricDefinitions.ts";
import { MetricsError } from "./MetricsError.ts";
import type { SimpleGraphs } from "./simpleGraphs.ts";

export const METRIC_LIMITS = {
  maxNodes: 200_000,
  maxLinks: 2_000_000,
  /**
   * n·(n+m): the steps of a breadth-first search from every actor. Measured on this project's
   * 2-core machine: 1.25e8 steps took 4.9 s for exact betweenness and 1.5 s for closeness.
   */
  allPairsSteps: 2.5e8,
} as const;

export interface MetricOptions {
  /** Seed of Louvain and of pivot sampling (default 1). */
  seed?: number;
  /** Louvain resolution (default 1). */
  resolution?: number;
  /** Betweenness from this many sampled pivots at any size; by default exact within the budget. */
  betweennessPivots?: number;
}

export interface MetricsResult {
  /** Per actor, the value of each metric asked for. */
  nodes: Record<string, Partial<Record<MetricName, number>>>;
  algorithms: AlgorithmRecord[];
}

export function isMetricName(name: string): name is MetricName {
  return (METRIC_NAMES as readonly string[]).includes(name);
}

/** The names as metric names, or an error naming the first unknown one and listing the allowed. */
export function toMetricNames(names: readonly string[]): MetricName[] {
  const unknown = names.find((name) => !isMetricName(name));
  if (unknown !== undefined) throw new MetricsError(`unknown metric "${unknown}"; allowed: ${METRIC_NAMES.join(", ")}`);
  return [...new Set(names)] as MetricName[];
}

/** How many pivots betweenness samples from (null: exact): all-pairs work beyond the budget is sampled. */
export function getPivotCount(n: number, m: number, pivots: number | undefined): number | null {
  if (pivots !== undefined) {
    if (!Number.isInteger(pivots) || pivots < 1)
      throw new MetricsError(`betweennessPivots must be a positive integer, not ${pivots}`);
    return Math.min(pivots, n);
  }
  if (n * (n + m) <= METRIC_LIMITS.allPairsSteps) return null;
  return Math.max(1, Math.floor(METRIC_LIMITS.allPairsSteps / (n + m)));
}

/** Throws MetricsError when the graphology path must not run these metrics on n actors and m directed links. */
export function checkMetricSize(metrics: readonly MetricName[], n: number, m: number): void {
  if (n > METRIC_LIMITS.maxNodes || m > METRIC_LIMITS.maxLinks)
    throw new MetricsError(
      `metrics are computed on at most ${METRIC_LIMITS.maxNodes} actors and ${METRIC_LIMITS.maxLinks} links; this graph has ${n} and ${m}`,
    );
  const steps = n * (n + m);
  if (metrics.includes("closeness") && steps > METRIC_LIMITS.allPairsSteps)
    throw new MetricsError(
      `closeness searches from every actor: ${n} actors and ${m} links need ${steps.toExponential(1)} steps, above the budget of ${METRIC_LIMITS.allPairsSteps.toExponential(1)}; show fewer actors`,
    );
}

export function computeMetrics(
  graphs: SimpleGraphs,
  names: readonly string[],
  options: MetricOptions = {},
): MetricsResult {
  const metrics = toMetricNames(names);
  const n = graphs.undirected.order;
  const m = graphs.directed.size;
  checkMetricSize(metrics, n, m);
  const settings = {
    seed: options.seed ?? 1,
    resolution: options.resolution ?? 1,
    pivots: metrics.includes("betweenness") ? getPivotCount(n, m, options.betweennessPivots) : null,
  };
  const nodes: MetricsResult["nodes"] = Object.fromEntries(graphs.undirected.mapNodes((node) => [node, {}]));
  const algorithms = metrics.map((metric) => {
    const { values, record } = METRICS[metric](graphs, settings);
    for (const [node, value] of Object.entries(values)) nodes[node]![metric] = value;
    return record;
  });
  return { nodes, algorithms };
}
