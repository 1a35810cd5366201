/**
 * Metrics benchmark page (bench/metricsBench.ts drives it in headless Chromium): generates a
 * clustered graph of ?nodes= actors and ?edges= relationships (every other one of a directed
 * type), then asks the explorer's metrics runner for every metric of the view, as the data
 * table does, ?runs= times. Each run is timed from the request (view read from the graph, sent
 * to the worker) to the answer on the main thread; the worker reports each metric's own time.
 */
import type { AlgorithmRecord, MetricName } from "@atlas/analysis";
import type { AtlasGraph } from "../core/atlasGraph.ts";
import { getMetricsInput } from "../core/analysis/metricsInput.ts";
import type { ViewMetrics } from "../core/analysis/metricsProtocol.ts";
import { createMetricsRunner } from "../core/analysis/metricsRunner.ts";
import { benchGraph } from "./benchGraph.ts";

export interface MetricsBenchResult {
  nodes: number;
  edges: number;
  /** Per run: request to answer on the main thread. */
  wallMs: number[];
  /** The last run's times in the worker: the simple graphs, then each metric. */
  graphsMs: number;
  timings: Partial<Record<MetricName, number>>;
  errors: Partial<Record<MetricName, string>>;
  betweenness: string | null;
}

declare global {
  interface Window {
    __benchMetrics?: MetricsBenchResult | { error: string };
  }
}

function measureOnce(graph: AtlasGraph): Promise<{ wallMs: number; metrics: ViewMetrics }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const runner = createMetricsRunner(
      (event) => {
        if (event.kind === "error") reject(new Error(event.message));
        if (event.kind !== "done") return;
        resolve({ wallMs: performance.now() - started, metrics: event.metrics });
        runner.dispose();
      },
      undefined,
      0,
    );
    runner.request(getMetricsInput(graph, graph.nodes(), graph.edges()));
  });
}

async function run(): Promise<MetricsBenchResult> {
  const params = new URLSearchParams(window.location.search);
  const graph = benchGraph(Number(params.get("nodes") ?? 10_000), Number(params.get("edges") ?? 50_000));
  let index = 0;
  graph.forEachEdge((edge) => graph.setEdgeAttribute(edge, "relType", index++ % 2 ? "MEMBER_OF" : "PARTNERS_WITH"));
  const wallMs: number[] = [];
  let last: ViewMetrics | null = null;
  for (let i = 0; i < Number(params.get("runs") ?? 3); i++) {
    const { wallMs: ms, metrics } = await measureOnce(graph as unknown as AtlasGraph);
    wallMs.push(ms);
    last = metrics;
  }
  const betweenness = last?.algorithms.find((a: AlgorithmRecord) => a.metric === "betweenness");
  return {
    nodes: graph.order,
    edges: graph.size,
    wallMs,
    graphsMs: last?.graphsMs ?? 0,
    timings: last?.timings ?? {},
    errors: last?.errors ?? {},
    betweenness: betweenness?.algorithm ?? null,
  };
}

run()
  .then((result) => (window.__benchMetrics = result))
  .catch((error: Error) => (window.__benchMetrics = { error: error.message }));
