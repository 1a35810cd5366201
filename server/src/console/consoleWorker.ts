/**
 * A worker thread that runs public console queries (and EXPLAINs them) with a driver of its own. Neo4j's answer is
 * received and decoded here, so one row holding millions of items costs this thread its time, not
 * the HTTP server's; the parent terminates a worker that overruns its deadline.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createDriver, type DriverSettings } from "../neo4j/driver.ts";
import { Executor } from "../neo4j/executor.ts";
import { ConsoleError } from "./ConsoleError.ts";
import type { ConsolePlan, ConsoleResult } from "@atlas/model";
import { explainConsoleQuery } from "./explainConsoleQuery.ts";
import { runConsoleQuery, type ConsoleLimits } from "./runConsoleQuery.ts";

export interface WorkerSettings {
  driver: DriverSettings;
  database: string;
}

export interface WorkerJob {
  id: number;
  kind: "run" | "explain";
  query: string;
  params: Record<string, unknown>;
  limits: ConsoleLimits;
}

export type WorkerReply =
  | { id: number; ok: true; result: ConsoleResult | ConsolePlan }
  | { id: number; ok: false; code: ConsoleError["code"]; message: string };

const settings = workerData as WorkerSettings;
const driver = createDriver(settings.driver);
// This thread's one executor, on its own small pool (the console's connections only).
const executor = new Executor(driver, settings.database);
const port = parentPort!;

port.on("message", (job: WorkerJob | "close") => {
  if (job === "close") {
    void driver.close().finally(() => port.close());
    return;
  }
  const work = job.kind === "run" ? runConsoleQuery : explainConsoleQuery;
  void work(executor, job.query, job.params, job.limits).then(
    (result) => port.postMessage({ id: job.id, ok: true, result } satisfies WorkerReply),
    (error: unknown) => {
      const e = error instanceof ConsoleError ? error : new ConsoleError("CYPHER_FAILED", "The query failed.");
      port.postMessage({ id: job.id, ok: false, code: e.code, message: e.message } satisfies WorkerReply);
    },
  );
});
