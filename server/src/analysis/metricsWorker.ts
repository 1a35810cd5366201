/**
 * The worker thread that computes whole-database metrics with a driver of its own: reading a
 * million links and running Louvain take seconds of CPU that must not be the HTTP thread's.
 * One job at a time (the parent sends one); progress goes back as it is made.
 */
import { MetricsError, type MetricName } from "@atlas/analysis";
import { parentPort, workerData } from "node:worker_threads";
import { createDriver, type DriverSettings } from "../neo4j/driver.ts";
import { Executor } from "../neo4j/executor.ts";
import { computeDatabaseMetrics, type Progress, type WholeDatabaseMetrics } from "./computeDatabaseMetrics.ts";

export interface MetricsWorkerSettings {
  driver: DriverSettings;
  database: string;
}

export interface MetricsJob {
  id: number;
  names: MetricName[];
}

export type MetricsWorkerReply =
  | ({ id: number; kind: "progress" } & Progress)
  | { id: number; kind: "done"; result: WholeDatabaseMetrics }
  | { id: number; kind: "failed"; message: string; refused: boolean };

const settings = workerData as MetricsWorkerSettings;
const driver = createDriver({ ...settings.driver, poolSize: 1 });
const executor = new Executor(driver, settings.database, { app: "solidarity-atlas-metrics" });
const port = parentPort!;

port.on("message", (job: MetricsJob) => {
  const reply = (message: MetricsWorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  void computeDatabaseMetrics(executor, job.names, (progress) =>
    reply({ id: job.id, kind: "progress", ...progress }),
  ).then(
    (result) => {
      const arrays = [...Object.values(result.values), ...Object.values(result.top)];
      reply(
        { id: job.id, kind: "done", result },
        arrays.map((array) => array.buffer as ArrayBuffer),
      );
    },
    (error: unknown) => {
      const refused = error instanceof MetricsError;
      reply({ id: job.id, kind: "failed", refused, message: refused ? error.message : String(error) });
    },
  );
});
