/**
 * Who runs a public console query (or its EXPLAIN). In the app, a pool of worker threads
 * (workerRunner.ts), so that decoding a huge answer never blocks the HTTP server; in tests and
 * CLIs, the calling thread with a driver it already has.
 */
import type { Driver } from "neo4j-driver";
import { explainConsoleQuery, type ConsolePlan } from "./explainConsoleQuery.ts";
import { runConsoleQuery, type ConsoleLimits, type ConsoleResult } from "./runConsoleQuery.ts";

export interface ConsoleRunner {
  run(query: string, params: Record<string, unknown>, limits: ConsoleLimits): Promise<ConsoleResult>;
  explain(query: string, params: Record<string, unknown>, limits: ConsoleLimits): Promise<ConsolePlan>;
  close(): Promise<void>;
}

/** Runs queries on this thread; closing it leaves the driver to its owner. */
export function driverRunner(driver: Driver, database: string): ConsoleRunner {
  return {
    run: (query, params, limits) => runConsoleQuery(driver, database, query, params, limits),
    explain: (query, params, limits) => explainConsoleQuery(driver, database, query, params, limits),
    close: async () => undefined,
  };
}
