/**
 * Every metric of @atlas/analysis on the view, one at a time so that the caller can report
 * progress, and each refusal (a graph above the caps for that metric) kept as that metric's
 * error while the others are still computed. Worker-safe: no DOM, no Node.
 */
import { computeMetrics, METRIC_NAMES, MetricsError, toSimpleGraphs, type MetricName } from "@atlas/analysis";
import type { MetricsInput, ViewMetrics } from "./metricsProtocol.ts";

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
  const result: ViewMetrics = { nodes: input.nodes, values: {}, errors: {}, algorithms: [], timings: {}, totalMs: 0 };
  metrics.forEach((metric, done) => {
    onProgress(done, metrics.length, metric);
    const begun = performance.now();
    try {
      const { nodes, algorithms } = computeMetrics(graphs, [metric]);
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
