/**
 * Analysis of the view: the metrics computed for the actors shown (by the worker, see
 * ../analysis/metricsRunner.ts), what sizes and colours the actors, the styles that follow from
 * it, and whether the data table is open. The keys and the table go into the URL.
 */
import type { MetricName } from "@atlas/analysis";
import type { Appearance } from "../analysis/appearance.ts";
import type { ViewMetrics } from "../analysis/metricsProtocol.ts";
import type { StyleKey } from "../analysis/styleKeys.ts";
import type { UrlState } from "../urlState.ts";
import type { SliceCreator } from "./types.ts";

export interface MetricsState {
  status: "idle" | "running" | "ready" | "error";
  /** The latest answer; kept while a newer view's metrics are computed. */
  result: ViewMetrics | null;
  error: string | null;
  progress: { done: number; total: number; metric: MetricName } | null;
  /** When the running computation began (performance.now()), for "taking long" notices. */
  startedAt: number | null;
}

export interface AnalysisSlice {
  metrics: MetricsState;
  /** null: the default size, which grows with the actor's number of relationships. */
  sizeBy: MetricName | null;
  colourBy: StyleKey;
  tableOpen: boolean;
  /** Styles of the actors shown, as the reducers draw them; null until first computed. */
  appearance: Appearance | null;
  setSizeBy(key: MetricName | null): void;
  setColourBy(key: StyleKey): void;
  setTableOpen(open: boolean): void;
  setMetrics(change: Partial<MetricsState>): void;
  setAppearance(appearance: Appearance): void;
  /** The keys and the table as a shared URL gives them. */
  restoreAnalysis(shared: UrlState): void;
}

export const IDLE_METRICS: MetricsState = {
  status: "idle",
  result: null,
  error: null,
  progress: null,
  startedAt: null,
};

export const createAnalysisSlice: SliceCreator<AnalysisSlice> = (set) => ({
  metrics: IDLE_METRICS,
  sizeBy: null,
  colourBy: "type",
  tableOpen: false,
  appearance: null,
  setSizeBy: (key) => set({ sizeBy: key }),
  setColourBy: (key) => set({ colourBy: key }),
  setTableOpen: (open) => set({ tableOpen: open }),
  setMetrics: (change) => set((s) => ({ metrics: { ...s.metrics, ...change } })),
  setAppearance: (appearance) => set({ appearance }),
  restoreAnalysis: (shared) =>
    set({ sizeBy: shared.sizeBy ?? null, colourBy: shared.colourBy ?? "type", tableOpen: shared.table ?? false }),
});
