/**
 * Who runs a public console query (or its EXPLAIN). In the app, a pool of worker threads
 * (workerRunner.ts), so that decoding a huge answer never blocks the HTTP server; in tests and
 * CLIs, the calling thread with the executor it already has.
 */
import type { ConsolePlan, ConsoleResult } from "@atlas/model";
import type { Executor } from "../neo4j/executor.ts";
import { explainConsoleQuery } from "./explainConsoleQuery.ts";
import { runConsoleQuery, type ConsoleLimits } from "./runConsoleQuery.ts";

export interface ConsoleRunner {
  run(query: string, params: Record<string, unknown>, limits: ConsoleLimits): Promise<ConsoleResult>;
  explain(query: string, params: Record<string, unknown>, limits: ConsoleLimits): Promise<ConsolePlan>;
  close(): Promise<void>;
}

/** Runs queries on this thread; closing it leaves the executor to its owner. */
export function driverRunner(executor: Executor): ConsoleRunner {
  return {
    run: (query, params, limits) => runConsoleQuery(executor, query, params, limits),
    explain: (query, params, limits) => explainConsoleQuery(executor, query, params, limits),
    close: async () => undefined,
  };
}
