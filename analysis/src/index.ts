export { toSimpleGraphs, type RelationshipLink, type SimpleGraph, type SimpleGraphs } from "./simpleGraphs.ts";
export {
  checkMetricSize,
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
export { toCompactGraph, type CompactGraph, type CompactLinks } from "./compact/compactGraphs.ts";
export { CompactLinksBuilder } from "./compact/compactLinksBuilder.ts";
export {
  checkCompactSize,
  computeCompactMetric,
  isCompactMetric,
  COMPACT_LIMITS,
  type CompactGraphSource,
} from "./compact/compactMetrics.ts";
export { fromCompactGraphs } from "./compact/fromCompactGraphs.ts";
