/** The metrics worker: computes a view's metrics off the main thread, reporting each step. */
import type { MetricsMessage, MetricsRequest } from "./metricsProtocol.ts";
import { runMetrics } from "./runMetrics.ts";

const post = (message: MetricsMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = ({ data: { id, input } }: MessageEvent<MetricsRequest>) => {
  try {
    const metrics = runMetrics(input, (done, total, metric) => post({ id, kind: "progress", done, total, metric }));
    post(
      { id, kind: "done", metrics },
      Object.values(metrics.values).map((values) => values.buffer),
    );
  } catch (error) {
    post({ id, kind: "error", message: `metrics: ${(error as Error).message}` });
  }
};
