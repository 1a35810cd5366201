/**
 * Every metric: what it reads, how it runs, and the record a manifest keeps of it. The options
 * passed to graphology are those that make it agree with networkx's defaults (checked by
 * networkx.test.ts); each record names the equivalent networkx call.
 */
import louvain from "graphology-communities-louvain";
import betweenness from "graphology-metrics/centrality/betweenness";
import closeness from "graphology-metrics/centrality/closeness";
import pagerank from "graphology-metrics/centrality/pagerank";
import modularity from "graphology-metrics/graph/modularity";
import { LIBRARIES, type Library } from "./libraries.ts";
import { getSampledBetweenness } from "./sampledBetweenness.ts";
import { getCoreNumbers } from "./coreNumbers.ts";
import { PAGERANK_OPTIONS, RECORDS, toCommunityRecord, UNDIRECTED } from "./metricRecords.ts";
import { createSeededRandom, sampleItems } from "@atlas/model";
import type { SimpleGraph, SimpleGraphs } from "./simpleGraphs.ts";

export const METRIC_NAMES = [
  "degree",
  "inDegree",
  "outDegree",
  "weightedDegree",
  "pagerank",
  "betweenness",
  "closeness",
  "community",
  "coreNumber",
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

type Parameter = number | string | boolean | null | string[];

/** What a manifest records of one metric. */
export interface AlgorithmRecord {
  metric: MetricName;
  algorithm: string;
  graph: "directed simple graph" | "undirected simple graph";
  parameters: { [name: string]: Parameter };
  library: Library;
  /** The networkx call that computes the same values (reproduce.py runs it). */
  networkx: string;
  modularity?: number;
  communities?: number;
}

export interface MetricSettings {
  seed: number;
  resolution: number;
  /** Pivots for betweenness; null: exact. */
  pivots: number | null;
}

export interface MetricRun {
  values: Record<string, number>;
  record: AlgorithmRecord;
}

const countEach = (graph: SimpleGraph, count: (node: string) => number) =>
  Object.fromEntries(graph.mapNodes((node) => [node, count(node)]));

/** Counts made with graphology's core API: credited to this package (libraries.ts says why). */
const counted = (metric: keyof typeof RECORDS): AlgorithmRecord => ({
  ...RECORDS[metric],
  library: LIBRARIES.analysis,
});

function weightedDegrees(graph: SimpleGraph): Record<string, number> {
  const sums = countEach(graph, () => 0);
  graph.forEachEdge((_link, { weight }, source, target) => {
    sums[source]! += weight;
    sums[target]! += weight;
  });
  return sums;
}

function runBetweenness(graphs: SimpleGraphs, { seed, pivots }: MetricSettings): MetricRun {
  const graph = graphs.undirected;
  if (pivots === null)
    return {
      // getEdgeWeight null: networkx counts hops unless given a weight; graphology defaults to "weight".
      values: betweenness(graph, { getEdgeWeight: null, normalized: true }),
      record: {
        metric: "betweenness",
        algorithm: "Brandes, exact",
        graph: UNDIRECTED,
        parameters: { normalized: true, weight: null },
        library: LIBRARIES.metrics,
        networkx: "nx.betweenness_centrality(G, normalized=True)",
      },
    };
  const chosen = sampleItems(graph.nodes(), pivots, createSeededRandom(seed));
  return {
    values: getSampledBetweenness(graph, chosen),
    record: {
      metric: "betweenness",
      algorithm: `Brandes, sampled from ${chosen.length} pivots`,
      graph: UNDIRECTED,
      parameters: { normalized: true, weight: null, k: chosen.length, seed, pivots: chosen },
      library: LIBRARIES.analysis,
      networkx: "Brandes from the listed pivots, scaled by n/k as nx.betweenness_centrality(G, k=k)",
    },
  };
}

function runCommunities(graphs: SimpleGraphs, { seed, resolution }: MetricSettings): MetricRun {
  const graph = graphs.undirected;
  const communities = louvain(graph, { getEdgeWeight: "weight", resolution, rng: createSeededRandom(seed) });
  // Without links every partition scores 0 (graphology refuses the empty case, networkx divides by 0).
  const score =
    graph.size === 0
      ? 0
      : modularity(graph, {
          getNodeCommunity: (node) => communities[node]!,
          getEdgeWeight: "weight",
          resolution,
        });
  const count = new Set(Object.values(communities)).size;
  return { values: communities, record: toCommunityRecord({ seed, resolution }, LIBRARIES.louvain, score, count) };
}

export const METRICS: Record<MetricName, (graphs: SimpleGraphs, settings: MetricSettings) => MetricRun> = {
  degree: ({ undirected }) => ({
    values: countEach(undirected, (node) => undirected.degree(node)),
    record: counted("degree"),
  }),
  inDegree: ({ directed }) => ({
    values: countEach(directed, (node) => directed.inDegree(node)),
    record: counted("inDegree"),
  }),
  outDegree: ({ directed }) => ({
    values: countEach(directed, (node) => directed.outDegree(node)),
    record: counted("outDegree"),
  }),
  weightedDegree: ({ undirected }) => ({
    values: weightedDegrees(undirected),
    record: counted("weightedDegree"),
  }),
  // graphology spreads dangling nodes' rank evenly and stops at sum|Δ| < n·tol, as networkx does
  // with dangling=None: no correction needed. Both weight links by "weight" by default.
  pagerank: ({ directed }) => ({
    values: directed.order ? pagerank(directed, PAGERANK_OPTIONS) : {},
    record: { ...RECORDS.pagerank, library: LIBRARIES.metrics },
  }),
  betweenness: runBetweenness,
  closeness: ({ undirected }) => ({
    values: closeness(undirected, { wassermanFaust: true }),
    record: {
      metric: "closeness",
      algorithm: "closeness, Wasserman–Faust",
      graph: UNDIRECTED,
      parameters: { wfImproved: true, distance: null },
      library: LIBRARIES.metrics,
      networkx: "nx.closeness_centrality(G, wf_improved=True)",
    },
  }),
  community: runCommunities,
  coreNumber: ({ undirected }) => ({
    values: getCoreNumbers(undirected),
    record: counted("coreNumber"),
  }),
};
