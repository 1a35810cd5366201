/**
 * The analysis controls above the graph: what sizes and what colours the actors, the data
 * table's toggle, and the metrics' state: progress once a computation takes more than a
 * moment, and any metric refused for this view with the reason.
 */
import type { MetricName } from "@atlas/analysis";
import { useEffect, useState } from "react";
import {
  COLOUR_KEYS,
  isColourKey,
  isMetricKey,
  isSizeKey,
  SIZE_KEYS,
  STYLE_LABELS,
} from "../../core/analysis/styleKeys.ts";
import { useExplorer } from "../../core/store.ts";

/** Below this a computation passes unannounced: a flashing notice would only distract. */
export const SLOW_MS = 2000;

function MetricsStatus() {
  const metrics = useExplorer((s) => s.metrics);
  const sizeBy = useExplorer((s) => s.sizeBy);
  const colourBy = useExplorer((s) => s.colourBy);
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    setSlow(false);
    if (metrics.startedAt === null) return;
    const timer = setTimeout(() => setSlow(true), Math.max(0, metrics.startedAt + SLOW_MS - performance.now()));
    return () => clearTimeout(timer);
  }, [metrics.startedAt]);

  const chosen = [sizeBy, isMetricKey(colourBy) ? colourBy : null].filter((m): m is MetricName => m !== null);
  const refused = chosen.filter((metric) => metrics.result?.errors[metric] !== undefined);
  return (
    <>
      {metrics.status === "running" && slow && (
        <span className="analysis-progress" role="status" data-testid="metrics-progress">
          <span className="spinner" aria-hidden="true" /> Computing metrics
          {metrics.progress &&
            `: ${STYLE_LABELS[metrics.progress.metric]} (${metrics.progress.done + 1} of ${metrics.progress.total})`}
          …
        </span>
      )}
      {metrics.status === "error" && (
        <span className="analysis-error" role="alert" data-testid="metrics-error">
          Metrics could not be computed: {metrics.error}
        </span>
      )}
      {refused.map((metric) => (
        <span key={metric} className="analysis-error" role="alert" data-testid="metric-refused">
          {STYLE_LABELS[metric]} is not computed for this view: {metrics.result!.errors[metric]}
        </span>
      ))}
    </>
  );
}

export function AnalysisBar() {
  const sizeBy = useExplorer((s) => s.sizeBy);
  const colourBy = useExplorer((s) => s.colourBy);
  const tableOpen = useExplorer((s) => s.tableOpen);
  const { setSizeBy, setColourBy, setTableOpen } = useExplorer.getState();
  return (
    <div className="analysis-bar" role="group" aria-label="Analysis">
      <label>
        Size by
        <select
          value={sizeBy ?? ""}
          onChange={(e) => setSizeBy(isSizeKey(e.target.value) ? e.target.value : null)}
          data-testid="size-by"
        >
          <option value="">Relationships (default)</option>
          {SIZE_KEYS.map((key) => (
            <option key={key} value={key}>
              {STYLE_LABELS[key]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Colour by
        <select
          value={colourBy}
          onChange={(e) => isColourKey(e.target.value) && setColourBy(e.target.value)}
          data-testid="colour-by"
        >
          {(
            [
              ["Property", COLOUR_KEYS.filter((key) => !isMetricKey(key))],
              ["Network metric", COLOUR_KEYS.filter(isMetricKey)],
            ] as const
          ).map(([group, keys]) => (
            <optgroup key={group} label={group}>
              {keys.map((key) => (
                <option key={key} value={key}>
                  {STYLE_LABELS[key]}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <button
        type="button"
        aria-pressed={tableOpen}
        // Only while the table is there: a reference to a missing id is an ARIA error.
        aria-controls={tableOpen ? "data-table" : undefined}
        onClick={() => setTableOpen(!tableOpen)}
        data-testid="toggle-table"
      >
        Data table
      </button>
      <MetricsStatus />
    </div>
  );
}
