/**
 * Runs the view's metrics in a Web Worker: requests are debounced (a filter dragged across
 * values asks once), and a new request ends the worker still busy with an old one, so that only
 * the latest view's answer is ever reported; an answer to an older request is dropped.
 */
import type { MetricName } from "@atlas/analysis";
import type { MetricsInput, MetricsMessage, ViewMetrics } from "./metricsProtocol.ts";

export type RunnerEvent =
  | { kind: "started" }
  | { kind: "progress"; done: number; total: number; metric: MetricName }
  | { kind: "done"; metrics: ViewMetrics }
  | { kind: "error"; message: string };

export interface WorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<MetricsMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface MetricsRunner {
  request(input: MetricsInput): void;
  dispose(): void;
}

export const DEBOUNCE_MS = 250;

const createMetricsWorker = (): WorkerLike =>
  new Worker(new URL("./metrics.worker.ts", import.meta.url), { type: "module", name: "metrics" });

export function createMetricsRunner(
  report: (event: RunnerEvent) => void,
  createWorker: () => WorkerLike = createMetricsWorker,
  debounceMs = DEBOUNCE_MS,
): MetricsRunner {
  let worker: WorkerLike | null = null;
  let busy = false;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const stop = () => {
    worker?.terminate();
    worker = null;
    busy = false;
  };

  const start = (input: MetricsInput) => {
    // The worker computes synchronously: a stale computation can only be ended with the worker.
    if (busy) stop();
    const id = ++latest;
    worker ??= createWorker();
    worker.onmessage = ({ data }) => {
      if (data.id !== latest) return;
      if (data.kind === "progress") return report(data);
      busy = false;
      report(data.kind === "done" ? { kind: "done", metrics: data.metrics } : data);
    };
    worker.onerror = (event) => {
      stop();
      report({ kind: "error", message: `metrics: the worker failed: ${event.message || "it could not start"}` });
    };
    busy = true;
    report({ kind: "started" });
    worker.postMessage({ id, input }, [input.sources.buffer, input.targets.buffer, input.directed.buffer]);
  };

  return {
    request(input) {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        start(input);
      }, debounceMs);
    },
    dispose() {
      if (timer !== null) clearTimeout(timer);
      stop();
    },
  };
}
