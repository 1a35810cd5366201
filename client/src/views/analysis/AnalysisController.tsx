/**
 * Renderless: keeps the analysis in step with the actors given (what the filters show, or any
 * other set a view passes). Metrics are computed in the worker only while something reads them
 * (the table, or a metric chosen for size or colour); the styles follow every change.
 */
import { useEffect, useMemo, useRef } from "react";
import { getAppearance } from "../../core/analysis/appearance.ts";
import { createMetricLookup, getMetricsInput } from "../../core/analysis/metricsInput.ts";
import { createMetricsRunner, type MetricsRunner, type RunnerEvent } from "../../core/analysis/metricsRunner.ts";
import { isMetricKey } from "../../core/analysis/styleKeys.ts";
import { useExplorer } from "../../core/store.ts";

function report(event: RunnerEvent) {
  const { setMetrics } = useExplorer.getState();
  if (event.kind === "started") setMetrics({ status: "running", progress: null, startedAt: performance.now() });
  else if (event.kind === "progress") setMetrics({ progress: event });
  else if (event.kind === "done")
    setMetrics({ status: "ready", result: event.metrics, error: null, progress: null, startedAt: null });
  else setMetrics({ status: "error", error: event.message, progress: null, startedAt: null });
}

export function AnalysisController({ ids, edges }: { ids: readonly string[]; edges: readonly string[] }) {
  const graph = useExplorer((s) => s.graph);
  const sizeBy = useExplorer((s) => s.sizeBy);
  const colourBy = useExplorer((s) => s.colourBy);
  const tableOpen = useExplorer((s) => s.tableOpen);
  const result = useExplorer((s) => s.metrics.result);
  const runner = useRef<MetricsRunner | null>(null);
  const needed = tableOpen || sizeBy !== null || isMetricKey(colourBy);

  useEffect(() => {
    runner.current = createMetricsRunner(report);
    return () => runner.current?.dispose();
  }, []);

  useEffect(() => {
    if (needed) runner.current?.request(getMetricsInput(graph, ids, edges));
  }, [needed, graph, ids, edges]);

  const metricOf = useMemo(() => createMetricLookup(result), [result]);
  useEffect(() => {
    const { setAppearance } = useExplorer.getState();
    // The default look is the graph's own: nothing to compute for 50,000 actors.
    if (sizeBy === null && colourBy === "type") return setAppearance({ styles: new Map(), colour: null, size: null });
    setAppearance(
      getAppearance({ ids, attributesOf: (id) => graph.getNodeAttributes(id), metricOf, sizeBy, colourBy }),
    );
  }, [graph, ids, metricOf, sizeBy, colourBy]);
  return null;
}
