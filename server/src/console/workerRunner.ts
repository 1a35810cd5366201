/**
 * Runs public console queries on a small pool of worker threads, one query per worker at a time.
 * Neo4j's answer is decoded in the worker, so a row holding millions of items never blocks the
 * HTTP server. A worker that overruns the query's deadline (stuck decoding such a row) or runs out
 * of its heap is terminated, which also closes its connections so Neo4j drops the transaction;
 * the next query gets a fresh worker.
 */
import type { Worker } from "node:worker_threads";
import { startTsxWorker } from "../tsxWorker.ts";
import { ConsoleError } from "./ConsoleError.ts";
import type { WorkerJob, WorkerReply, WorkerSettings } from "./consoleWorker.ts";
import type { ConsoleRunner } from "./consoleRunner.ts";
import type { ConsolePlan, ConsoleResult } from "@atlas/model";
import type { ConsoleLimits } from "./runConsoleQuery.ts";
import { toConsoleError } from "./toConsoleError.ts";

export interface WorkerRunnerSettings extends WorkerSettings {
  /** Workers at most: the console's cap on queries in flight. */
  workers: number;
  /** Heap of one worker, in MB: the most one decoded answer may take. */
  heapMb: number;
  /**
   * How long past the query's timeout a worker may stay silent before it is terminated; by
   * default a second more than runConsoleQuery's own grace, so only a stuck worker is.
   */
  graceMs?: number;
  onEvent?: (line: string) => void;
}

/** runConsoleQuery answers by its timeout + 2 s; a worker silent a second after that is stuck. */
const DEFAULT_GRACE_MS = 3000;

export class WorkerConsoleRunner implements ConsoleRunner {
  private readonly idle: Worker[] = [];
  private readonly waiting: Array<(worker: Worker) => void> = [];
  private alive = 0;
  private nextId = 1;

  constructor(private readonly settings: WorkerRunnerSettings) {}

  run(query: string, params: Record<string, unknown>, limits: ConsoleLimits): Promise<ConsoleResult> {
    return this.submit("run", query, params, limits) as Promise<ConsoleResult>;
  }

  explain(query: string, params: Record<string, unknown>, limits: ConsoleLimits): Promise<ConsolePlan> {
    return this.submit("explain", query, params, limits) as Promise<ConsolePlan>;
  }

  async close(): Promise<void> {
    const workers = this.idle.splice(0);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private async submit(
    kind: WorkerJob["kind"],
    query: string,
    params: Record<string, unknown>,
    limits: ConsoleLimits,
  ): Promise<ConsoleResult | ConsolePlan> {
    const worker = await this.acquire();
    const job: WorkerJob = { id: this.nextId++, kind, query, params, limits };
    const deadlineMs = limits.timeoutMs + (this.settings.graceMs ?? DEFAULT_GRACE_MS);
    return new Promise((resolve, reject) => {
      let settled = false;
      const finish = (keepWorker: boolean, outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        if (keepWorker) this.release(worker);
        else this.discard(worker);
        outcome();
      };
      const onMessage = (reply: WorkerReply) => {
        if (reply.id !== job.id) return;
        finish(true, () => (reply.ok ? resolve(reply.result) : reject(new ConsoleError(reply.code, reply.message))));
      };
      const onError = (error: Error & { code?: string }) => {
        this.settings.onEvent?.(`console worker failed: ${error.code ?? error.message}`);
        finish(false, () => reject(workerFailure(error)));
      };
      const onExit = () => finish(false, () => reject(new ConsoleError("CYPHER_FAILED", "The query failed.")));
      const timer = setTimeout(() => {
        this.settings.onEvent?.(`console worker terminated: query ${job.id} overran its deadline`);
        finish(false, () => reject(toConsoleError(new Error("timed out"), job.limits.timeoutMs)));
      }, deadlineMs);
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      worker.postMessage(job);
    });
  }

  private acquire(): Promise<Worker> {
    const worker = this.idle.pop();
    if (worker) return Promise.resolve(worker);
    if (this.alive < this.settings.workers) return Promise.resolve(this.spawn());
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(worker: Worker): void {
    const next = this.waiting.shift();
    if (next) next(worker);
    else this.idle.push(worker);
  }

  private discard(worker: Worker): void {
    this.alive--;
    void worker.terminate();
    const next = this.waiting.shift();
    if (next) next(this.spawn());
  }

  private spawn(): Worker {
    this.alive++;
    const { driver, database, heapMb } = this.settings;
    return startTsxWorker(new URL("./consoleWorker.ts", import.meta.url), {
      workerData: { driver, database } satisfies WorkerSettings,
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
    });
  }
}

function workerFailure(error: Error & { code?: string }): ConsoleError {
  return error.code === "ERR_WORKER_OUT_OF_MEMORY"
    ? new ConsoleError(
        "CYPHER_RESULT_TOO_LARGE",
        "Refused: the answer was too large to read. Return less (size(list), a slice such as list[0..100], fewer rows).",
      )
    : new ConsoleError("CYPHER_FAILED", "The query failed.");
}
