/**
 * Every metric of @atlas/analysis on the view, one at a time so that the caller can report
 * progress, and each refusal (a graph above the caps for that metric) kept as that metric's
 * error while the others are still computed. Worker-safe: no DOM, no Node.
 */
import { computeMetrics, METRIC_NAMES, MetricsError, toSimpleGraphs, type MetricName } from "@atlas/analysis";
import type { MetricsInput, ViewMetrics } from "./metricsProtocol.ts";

/**
 * The explorer's budget for betweenness, in breadth-first steps n·(n+m): about 0.7 s in a browser
 * worker (bench/metricsBench.ts). Above it betweenness is sampled from as many pivots as fit, so
 * that a view answers in seconds; exports keep @atlas/analysis's larger budget for publication.
 */
export const INTERACTIVE_STEPS = 1e7;

/** Pivots for betweenness on a view of n actors and m links; undefined: exact. */
export function getInteractivePivots(n: number, m: number): number | undefined {
  return n * (n + m) <= INTERACTIVE_STEPS ? undefined : Math.max(1, Math.floor(INTERACTIVE_STEPS / (n + m)));
}

function* toLinks(input: MetricsInput) {
  for (let i = 0; i < input.sources.length; i++)
    yield {
      source: input.nodes[input.sources[i]!]!,
      target: input.nodes[input.targets[i]!]!,
      type: input.directed[i] ? "directed" : "undirected",
    };
}

export function runMetrics(
  input: MetricsInput,
  onProgress: (done: number, total: number, metric: MetricName) => void = () => {},
  metrics: readonly MetricName[] = METRIC_NAMES,
): ViewMetrics {
  const started = performance.now();
  const graphs = toSimpleGraphs(input.nodes, toLinks(input), (type) => type === "directed");
  const betweennessPivots = getInteractivePivots(graphs.undirected.order, graphs.directed.size);
  const result: ViewMetrics = {
    nodes: input.nodes,
    graphsMs: performance.now() - started,
    values: {},
    errors: {},
    algorithms: [],
    timings: {},
    totalMs: 0,
  };
  metrics.forEach((metric, done) => {
    onProgress(done, metrics.length, metric);
    const begun = performance.now();
    try {
      const { nodes, algorithms } = computeMetrics(graphs, [metric], { betweennessPivots });
      result.values[metric] = Float64Array.from(input.nodes, (node) => nodes[node]?.[metric] ?? Number.NaN);
      result.algorithms.push(...algorithms);
    } catch (error) {
      if (!(error instanceof MetricsError)) throw error;
      result.errors[metric] = error.message;
    }
    result.timings[metric] = performance.now() - begun;
  });
  result.totalMs = performance.now() - started;
  return result;
}
