/**
 * Metrics of the whole database: the graph streamed in one read into typed arrays, then each metric
 * computed by @atlas/analysis on its simple graphs, with progress told along the way. Degrees,
 * PageRank, Louvain and k-cores run on the compact graphs up to COMPACT_LIMITS; betweenness
 * (sampled above its all-pairs budget) and closeness on graphology's, under METRIC_LIMITS. Runs in
 * the metrics worker; values travel back as typed arrays parallel to `ids`, and the highest values
 * of each centrality are ranked here, off the HTTP thread.
 */
import {
  checkCompactSize,
  checkMetricSize,
  computeCompactMetric,
  computeMetrics,
  fromCompactGraphs,
  isCompactMetric,
  toCompactGraph,
  type AlgorithmRecord,
  type CompactGraph,
  type CompactGraphSource,
  type MetricName,
  type SimpleGraphs,
} from "@atlas/analysis";
import type { Executor } from "../neo4j/executor.ts";
import { readWholeGraph } from "./readWholeGraph.ts";

/** The most actors a metric's ranking keeps (the largest `top` a caller may ask for). */
export const MAX_TOP = 1000;

export interface Progress {
  /** 0 to 1. */
  progress: number;
  stage: string;
}

export interface WholeDatabaseMetrics {
  /** Neo4j's counts when the read began (graph-stats), to tell whether the result still holds. */
  counts: string;
  actors: number;
  /** Links of the undirected simple graph (parallel relationships merged). */
  links: number;
  relationships: number;
  ids: string[];
  values: Partial<Record<MetricName, Float64Array>>;
  /** Per metric, indices into ids of its highest values, highest first (community: none, its values are labels). */
  top: Partial<Record<MetricName, Uint32Array>>;
  algorithms: AlgorithmRecord[];
}

/** Rough shares of the time each step takes, for a progress that moves evenly enough. */
const WEIGHTS: Record<MetricName | "read", number> = {
  read: 20,
  degree: 1,
  inDegree: 1,
  outDegree: 1,
  weightedDegree: 1,
  coreNumber: 2,
  pagerank: 5,
  community: 10,
  betweenness: 40,
  closeness: 40,
};

export async function computeDatabaseMetrics(
  executor: Executor,
  names: readonly MetricName[],
  onProgress: (progress: Progress) => void = () => undefined,
): Promise<WholeDatabaseMetrics> {
  const total = names.reduce((sum, name) => sum + WEIGHTS[name], WEIGHTS.read);
  let done = 0;
  const [stats] = await executor.read("overview/graph-stats");
  const counts = JSON.stringify(stats!.stats);
  const { actors: expected, relationships } = stats!.stats as { actors: number; relationships: number };
  checkCompactSize(expected, relationships);
  onProgress({ progress: 0, stage: "reading actors" });
  const graph = await readWholeGraph(executor, (read) =>
    onProgress({
      progress: (WEIGHTS.read * Math.min(1, read / Math.max(1, expected))) / total,
      stage: `reading actors (${read} of ${expected})`,
    }),
  );
  done += WEIGHTS.read;
  onProgress({ progress: done / total, stage: "building the simple graphs" });
  const { ids, links } = graph;
  let directed: CompactGraph | undefined;
  const graphs: CompactGraphSource = {
    undirected: toCompactGraph(links, "undirected"),
    get directed() {
      return (directed ??= toCompactGraph(links, "directed"));
    },
  };
  // Refused before any metric runs; graphology's graphs built only for the metrics that need them.
  const onGraphology = names.filter((name) => !isCompactMetric(name));
  let simple: SimpleGraphs | undefined;
  if (onGraphology.length > 0) {
    checkMetricSize(onGraphology, ids.length, graphs.directed.size);
    simple = fromCompactGraphs(ids, graphs);
  }
  const result: WholeDatabaseMetrics = {
    counts,
    actors: ids.length,
    links: graphs.undirected.size,
    relationships: links.count,
    ids,
    values: {},
    top: {},
    algorithms: [],
  };
  for (const name of names) {
    onProgress({ progress: done / total, stage: `computing ${name}` });
    // One metric at a time, so progress can be told between them; each run is the same as in a batch.
    const { values, record } = isCompactMetric(name)
      ? computeCompactMetric(graphs, name)
      : onGraphologyPath(simple!, ids, name);
    result.values[name] = values;
    if (name !== "community") result.top[name] = rank(values, ids);
    result.algorithms.push(record);
    done += WEIGHTS[name];
  }
  onProgress({ progress: 1, stage: "done" });
  return result;
}

function onGraphologyPath(graphs: SimpleGraphs, ids: string[], name: MetricName) {
  const { nodes, algorithms } = computeMetrics(graphs, [name]);
  const values = Float64Array.from(ids, (id) => nodes[id]?.[name] ?? Number.NaN);
  return { values, record: algorithms[0]! };
}

/**
 * The MAX_TOP highest values' indices, ties broken by id so the ranking is stable. Only the actors
 * at or above the MAX_TOP-th highest value are sorted by that rule: a numeric sort of a copy finds
 * that value several times faster than sorting a million indices with a comparator.
 */
function rank(values: Float64Array, ids: string[]): Uint32Array {
  const sorted = Float64Array.from(values).sort();
  const threshold = sorted.length > MAX_TOP ? sorted[sorted.length - MAX_TOP]! : -Infinity;
  const candidates: number[] = [];
  values.forEach((value, i) => {
    if (value >= threshold) candidates.push(i);
  });
  candidates.sort((a, b) => values[b]! - values[a]! || (ids[a]! < ids[b]! ? -1 : 1));
  return Uint32Array.from(candidates.slice(0, MAX_TOP));
}
