export { toSimpleGraphs, type RelationshipLink, type SimpleGraph, type SimpleGraphs } from "./simpleGraphs.ts";
export {
  computeMetrics,
  isMetricName,
  toMetricNames,
  METRIC_LIMITS,
  type MetricOptions,
  type MetricsResult,
} from "./computeMetrics.ts";
export { METRIC_NAMES, type AlgorithmRecord, type MetricName } from "./metricDefinitions.ts";
export { MetricsError } from "./MetricsError.ts";
export { getSampledBetweenness } from "./sampledBetweenness.ts";
export { getCoreNumbers } from "./coreNumbers.ts";
