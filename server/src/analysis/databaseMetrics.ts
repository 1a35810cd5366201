/**
 * Whole-database metrics, kept per set of metric names. Asking starts a computation in the
 * runner (one at a time; a few other sets wait their turn) and answers at once with its status
 * and progress: a request never waits for a computation. Results are kept like the overview's
 * (overviewCache.ts): dropped when the actor and relationship counts move (Neo4j's count store,
 * about a millisecond a request) and on our own writes (invalidate), which may keep the counts.
 */
import { MetricsError, toMetricNames, type MetricName } from "@atlas/analysis";
import type { Executor } from "../neo4j/executor.ts";
import { AnalysisError } from "./AnalysisError.ts";
import type { Progress, WholeDatabaseMetrics } from "./computeDatabaseMetrics.ts";
import type { MetricsRunner } from "./metricsRunner.ts";

export type MetricsStatus =
  | ({ status: "QUEUED" | "RUNNING" } & Progress)
  | { status: "DONE"; result: WholeDatabaseMetrics; computedAt: Date }
  | { status: "FAILED"; error: string };

type Entry = MetricsStatus & { counts?: string; retry?: boolean };

/** Metric sets waiting behind the running one; more are refused until one finishes. */
export const MAX_QUEUED = 3;
/** Results kept; the oldest goes first. Each holds a value per actor and metric. */
const MAX_KEPT = 8;

export class DatabaseMetrics {
  private readonly entries = new Map<string, Entry>();
  private readonly queue: string[] = [];
  private running: string | undefined;
  /** Moves on every invalidation: a result computed across one is not kept. */
  private generation = 0;

  constructor(
    private readonly executor: Executor,
    private readonly runner: MetricsRunner,
  ) {}

  /** The status of the metrics named (validated against the allow-list), starting them if needed. */
  async get(names: readonly string[]): Promise<MetricsStatus> {
    const key = toMetricSetKey(names);
    const counts = await this.counts();
    const kept = this.entries.get(key);
    if (kept?.counts !== undefined && (kept.counts !== counts || kept.retry)) this.entries.delete(key);
    const entry = this.entries.get(key);
    if (entry) return entry;
    if (this.queue.length >= MAX_QUEUED)
      throw new AnalysisError(
        `databaseMetrics: ${MAX_QUEUED} other metric sets are waiting to be computed; ask again once they are done`,
        "BUSY",
      );
    this.entries.set(key, { status: "QUEUED", progress: 0, stage: "waiting for another computation" });
    this.queue.push(key);
    this.startNext();
    return this.entries.get(key)!;
  }

  /** After our own writes, which may change the graph without changing the counts. */
  invalidate(): void {
    this.generation++;
    for (const [key, entry] of this.entries)
      if (entry.status === "DONE" || entry.status === "FAILED") this.entries.delete(key);
  }

  private async counts(): Promise<string> {
    const [row] = await this.executor.read("overview/graph-stats");
    return JSON.stringify(row!.stats);
  }

  private startNext(): void {
    if (this.running !== undefined) return;
    const key = this.queue.shift();
    if (key === undefined) return;
    this.running = key;
    const generation = this.generation;
    const update = (progress: Progress) => this.entries.set(key, { status: "RUNNING", ...progress });
    update({ progress: 0, stage: "starting" });
    void this.runner
      .run(key.split(",") as MetricName[], update)
      .then(
        async (result) => {
          // Written meanwhile: the next request computes afresh instead of getting a mix.
          if (generation !== this.generation || result.counts !== (await this.counts())) this.entries.delete(key);
          else this.keep(key, { status: "DONE", result, computedAt: new Date(), counts: result.counts });
        },
        async (error: unknown) => {
          const refused = error instanceof MetricsError;
          const message = refused ? error.message : `the computation failed (${(error as Error).message})`;
          // A refusal (the graph is above a cap) stands until the graph changes; a failure is retried when asked again.
          const entry = { status: "FAILED", error: `databaseMetrics: ${message}`, retry: !refused } as const;
          this.entries.set(key, { ...entry, counts: await this.counts() });
        },
      )
      .catch(() => this.entries.delete(key))
      .finally(() => {
        this.running = undefined;
        this.startNext();
      });
  }

  private keep(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    const done = [...this.entries].filter(([, e]) => e.status === "DONE");
    for (const [old] of done.slice(0, Math.max(0, done.length - MAX_KEPT))) this.entries.delete(old);
  }
}

/** The set's key: its names validated, deduplicated and sorted, so that order does not matter. */
export function toMetricSetKey(names: readonly string[]): string {
  if (names.length === 0) throw new AnalysisError("databaseMetrics: name at least one metric");
  try {
    return toMetricNames(names).sort().join(",");
  } catch (error) {
    if (error instanceof MetricsError) throw new AnalysisError(`databaseMetrics: ${error.message}`);
    throw error;
  }
}
