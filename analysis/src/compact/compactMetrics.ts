/**
 * The metrics of the whole database on the compact graphs (compactGraphs.ts): those that walk the
 * links a bounded number of times. Betweenness and closeness search from every actor: they stay on
 * the graphology path (computeMetrics.ts) and its caps. Records are the graphology path's, crediting
 * this package, so that a manifest names the same algorithm and networkx call whichever path ran.
 */
import { toCoreNumbers } from "../coreNumbers.ts";
import { LIBRARIES } from "../libraries.ts";
import type { AlgorithmRecord, MetricName } from "../metricDefinitions.ts";
import { RECORDS, toCommunityRecord } from "../metricRecords.ts";
import { MetricsError } from "../MetricsError.ts";
import type { CompactGraph } from "./compactGraphs.ts";
import { getCompactDegrees, getCompactInDegrees, getCompactWeightedDegrees } from "./compactDegrees.ts";
import { getCompactCommunities } from "./compactLouvain.ts";
import { getCompactModularity } from "./compactModularity.ts";
import { getCompactPagerank } from "./compactPagerank.ts";

/**
 * The largest database the compact metrics read whole. At 1,000,000 actors / 10,000,000
 * relationships every typed array (links, both graphs, PageRank's) came to 650 MB outside the
 * heap, about 65 bytes a relationship: 2.6 GB at this cap, beside the ids in the worker's heap.
 */
export const COMPACT_LIMITS = { maxNodes: 5_000_000, maxRelationships: 40_000_000 } as const;

export const COMPACT_METRIC_NAMES = [
  "degree",
  "inDegree",
  "outDegree",
  "weightedDegree",
  "pagerank",
  "community",
  "coreNumber",
] as const satisfies readonly MetricName[];
export type CompactMetricName = (typeof COMPACT_METRIC_NAMES)[number];

export function isCompactMetric(name: MetricName): name is CompactMetricName {
  return (COMPACT_METRIC_NAMES as readonly string[]).includes(name);
}

/** Throws MetricsError above COMPACT_LIMITS, before anything is read. */
export function checkCompactSize(actors: number, relationships: number): void {
  const { maxNodes, maxRelationships } = COMPACT_LIMITS;
  if (actors > maxNodes || relationships > maxRelationships)
    throw new MetricsError(
      `whole-database metrics are computed on at most ${maxNodes} actors and ${maxRelationships} relationships; this database has ${actors} and ${relationships}`,
    );
}

/** The directed graph is a getter: built only when a metric reads it. */
export interface CompactGraphSource {
  undirected: CompactGraph;
  readonly directed: CompactGraph;
}

export interface CompactRun {
  /** Per actor index. */
  values: Float64Array;
  record: AlgorithmRecord;
}

const analysis = (record: Omit<AlgorithmRecord, "library">): AlgorithmRecord => ({
  ...record,
  library: LIBRARIES.analysis,
});

export function computeCompactMetric(
  graphs: CompactGraphSource,
  name: CompactMetricName,
  { seed = 1, resolution = 1 }: { seed?: number; resolution?: number } = {},
): CompactRun {
  switch (name) {
    case "degree":
      return { values: getCompactDegrees(graphs.undirected), record: analysis(RECORDS.degree) };
    case "inDegree":
      return { values: getCompactInDegrees(graphs.directed), record: analysis(RECORDS.inDegree) };
    case "outDegree":
      return { values: getCompactDegrees(graphs.directed), record: analysis(RECORDS.outDegree) };
    case "weightedDegree":
      return { values: getCompactWeightedDegrees(graphs.undirected), record: analysis(RECORDS.weightedDegree) };
    case "pagerank":
      return { values: getCompactPagerank(graphs.directed), record: analysis(RECORDS.pagerank) };
    case "coreNumber":
      return { values: Float64Array.from(toCoreNumbers(graphs.undirected)), record: analysis(RECORDS.coreNumber) };
    case "community": {
      const communities = getCompactCommunities(graphs.undirected, { seed, resolution });
      const score = getCompactModularity(graphs.undirected, communities, resolution);
      const count = communities.reduce((most, c) => Math.max(most, c + 1), 0);
      const record = toCommunityRecord({ seed, resolution }, LIBRARIES.analysis, score, count);
      return { values: Float64Array.from(communities), record };
    }
  }
}
