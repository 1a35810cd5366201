/**
 * What a manifest records of the metrics that two paths compute: the graphology path of
 * metricDefinitions.ts and the compact path of compact/ (whole database). Written once, so that
 * both name the same algorithm, parameters and networkx call; each path adds the library it ran.
 */
import type { Library } from "./libraries.ts";
import type { AlgorithmRecord, MetricName } from "./metricDefinitions.ts";

export const DIRECTED = "directed simple graph";
export const UNDIRECTED = "undirected simple graph";

/** A record without the library that ran it. */
export type RecordOf = Omit<AlgorithmRecord, "library">;

const counted = (metric: MetricName, graph: AlgorithmRecord["graph"], networkx: string): RecordOf => ({
  metric,
  algorithm: "count",
  graph,
  parameters: {},
  networkx,
});

/** The options given to graphology's pagerank; the compact PageRank follows the same. */
export const PAGERANK_OPTIONS = { alpha: 0.85, getEdgeWeight: "weight", tolerance: 1e-6, maxIterations: 100 } as const;

export const RECORDS = {
  degree: counted("degree", UNDIRECTED, "dict(G.degree())"),
  inDegree: counted("inDegree", DIRECTED, "dict(D.in_degree())"),
  outDegree: counted("outDegree", DIRECTED, "dict(D.out_degree())"),
  weightedDegree: counted("weightedDegree", UNDIRECTED, "dict(G.degree(weight='weight'))"),
  coreNumber: { ...counted("coreNumber", UNDIRECTED, "nx.core_number(G)"), algorithm: "Batagelj–Zaversnik k-core" },
  pagerank: {
    metric: "pagerank",
    algorithm: "PageRank, power iteration",
    graph: DIRECTED,
    parameters: { alpha: 0.85, weight: "weight", tol: 1e-6, maxIterations: 100, dangling: "uniform" },
    networkx: "nx.pagerank(D, alpha=0.85, weight='weight', tol=1e-06, max_iter=100)",
  },
} as const satisfies Partial<Record<MetricName, RecordOf>>;

/** The record of a Louvain run with its result's modularity and number of communities. */
export function toCommunityRecord(
  { seed, resolution }: { seed: number; resolution: number },
  library: Library,
  modularity: number,
  communities: number,
): AlgorithmRecord {
  return {
    metric: "community",
    algorithm: "Louvain",
    graph: UNDIRECTED,
    parameters: { resolution, weight: "weight", seed },
    library,
    networkx: "nx.community.louvain_communities(G, weight='weight', resolution=resolution, seed=seed)",
    modularity,
    communities,
  };
}
