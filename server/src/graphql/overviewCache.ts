/**
 * The overview's aggregation reads every relationship (about 1.2 s per million here), too slow
 * to run per page load. It is computed once, kept, and recomputed in the background when older
 * than maxAgeMs, so only the very first request waits; our own writes (curation) drop it.
 */
import { readCypher } from "@atlas/cypher";
import type { Executor } from "../neo4j/executor.ts";

export interface Overview {
  groups: Array<{ id: string; type: string; country: string | null; actors: number }>;
  links: Array<{ source: string; target: string; relationships: number }>;
}

export class OverviewCache {
  private current: Promise<Overview> | undefined;
  private computedAt = 0;
  private refreshing = false;

  constructor(
    private readonly executor: Executor,
    private readonly maxAgeMs = 60_000,
  ) {}

  get(): Promise<Overview> {
    if (!this.current) return this.compute();
    if (Date.now() - this.computedAt > this.maxAgeMs && !this.refreshing) {
      this.refreshing = true;
      const next = this.compute();
      // A failed refresh keeps serving the older overview and tries again next time.
      void next.catch(() => undefined).finally(() => (this.refreshing = false));
    }
    return this.current;
  }

  invalidate(): void {
    this.current = undefined;
  }

  private compute(): Promise<Overview> {
    const started = Date.now();
    const run = this.executor.read(readCypher("overview/groups")).then((rows) => {
      this.computedAt = started;
      this.current = Promise.resolve(rows[0]!.overview as unknown as Overview);
      return rows[0]!.overview as unknown as Overview;
    });
    if (!this.current) {
      this.current = run;
      run.catch(() => {
        if (this.current === run) this.current = undefined;
      });
    }
    return run;
  }
}
