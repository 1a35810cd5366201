/**
 * Where whole-database metrics are computed: in a worker thread of their own (the server), or in
 * this thread for tools and tests that build the schema without Neo4j credentials to hand a worker.
 */
import { MetricsError, type MetricName } from "@atlas/analysis";
import type { Worker } from "node:worker_threads";
import { startTsxWorker } from "../tsxWorker.ts";
import type { Executor } from "../neo4j/executor.ts";
import { computeDatabaseMetrics, type Progress, type WholeDatabaseMetrics } from "./computeDatabaseMetrics.ts";
import type { MetricsJob, MetricsWorkerReply, MetricsWorkerSettings } from "./metricsWorker.ts";

export interface MetricsRunner {
  /** Rejects with MetricsError when the metrics cannot be computed as asked (the graph is above a cap). */
  run(names: MetricName[], onProgress: (progress: Progress) => void): Promise<WholeDatabaseMetrics>;
  close(): Promise<void>;
}

export function inProcessMetricsRunner(executor: Executor): MetricsRunner {
  return { run: (names, onProgress) => computeDatabaseMetrics(executor, names, onProgress), close: async () => {} };
}

export interface WorkerMetricsRunnerSettings extends MetricsWorkerSettings {
  /**
   * Heap of the worker, in MB: the ids of every actor (typed arrays, outside it, hold the links) and,
   * for betweenness and closeness, graphology's graphs: about 1.5 GB at a million links.
   */
  heapMb: number;
}

/**
 * One worker, started on the first job and kept; the caller runs one job at a time. A worker
 * that dies (out of its heap) fails its job and is replaced by the next.
 */
export class WorkerMetricsRunner implements MetricsRunner {
  private worker: Worker | undefined;
  private nextId = 1;

  constructor(private readonly settings: WorkerMetricsRunnerSettings) {}

  run(names: MetricName[], onProgress: (progress: Progress) => void): Promise<WholeDatabaseMetrics> {
    const worker = (this.worker ??= this.spawn());
    const job: MetricsJob = { id: this.nextId++, names };
    return new Promise((resolve, reject) => {
      const finish = (outcome: () => void) => {
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        outcome();
      };
      const onMessage = (reply: MetricsWorkerReply) => {
        if (reply.id !== job.id) return;
        if (reply.kind === "progress") onProgress(reply);
        else if (reply.kind === "done") finish(() => resolve(reply.result));
        else finish(() => reject(reply.refused ? new MetricsError(reply.message) : new Error(reply.message)));
      };
      const onError = (error: Error) => {
        this.discard(worker);
        finish(() => reject(new Error(`the metrics worker failed: ${error.message}`)));
      };
      const onExit = () => {
        this.discard(worker);
        finish(() => reject(new Error("the metrics worker stopped")));
      };
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    void worker.terminate();
  }

  private spawn(): Worker {
    const { driver, database, heapMb } = this.settings;
    const worker = startTsxWorker(new URL("./metricsWorker.ts", import.meta.url), {
      workerData: { driver, database } satisfies MetricsWorkerSettings,
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
    });
    // A worker that stops while idle is not handed the next job, which it would never answer.
    worker.once("exit", () => {
      if (this.worker === worker) this.worker = undefined;
    });
    return worker;
  }
}
