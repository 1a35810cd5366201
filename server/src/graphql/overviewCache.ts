/**
 * The overview's aggregation reads every relationship (about 1.2 s per million here), too slow
 * to run per page load, so it is kept. Before serving it, the actor and relationship counts
 * (Neo4j's count store, about a millisecond) are compared with those it was computed from: an
 * import or a curation write changes them and the overview is computed afresh. Edits that keep
 * the counts (a changed country) show within maxAgeMs, refreshed in the background. While
 * watching, the counts are also checked every few seconds, so that after a bulk import the next
 * visitor finds the overview ready instead of waiting for the aggregation. An aggregation
 * during which the counts moved is served once but not kept.
 */
import { readCypher } from "@atlas/cypher";
import type { Executor } from "../neo4j/executor.ts";

export interface Overview {
  groups: Array<{ id: string; type: string; country: string | null; actors: number }>;
  links: Array<{ source: string; target: string; relationships: number }>;
}

interface Kept {
  overview: Overview;
  counts: string;
  computedAt: number;
}

export class OverviewCache {
  private kept: Kept | undefined;
  private running: Promise<Kept> | undefined;
  private watcher: NodeJS.Timeout | undefined;

  constructor(
    private readonly executor: Executor,
    private readonly maxAgeMs = 60_000,
  ) {}

  async get(): Promise<Overview> {
    const kept = await this.current();
    if (Date.now() - kept.computedAt > this.maxAgeMs) void this.compute().catch(() => undefined);
    return kept.overview;
  }

  watch(intervalMs = 5000): this {
    const check = () => void (this.running ?? this.current()).catch(() => undefined);
    check();
    this.watcher = setInterval(check, intervalMs);
    this.watcher.unref();
    return this;
  }

  stop(): void {
    clearInterval(this.watcher);
  }

  /** After our own writes, which may change groups without changing counts. */
  invalidate(): void {
    this.kept = undefined;
  }

  /** The kept overview while the counts match it, else a fresh one. */
  private async current(): Promise<Kept> {
    const counts = await this.counts();
    return this.kept?.counts === counts ? this.kept : this.compute(counts);
  }

  private async counts(): Promise<string> {
    const [row] = await this.executor.read(readCypher("overview/graph-stats"));
    return JSON.stringify(row!.stats);
  }

  /** One computation at a time; callers arriving meanwhile share it. */
  private compute(knownCounts?: string): Promise<Kept> {
    this.running ??= (async () => {
      try {
        const started = Date.now();
        const counts = knownCounts ?? (await this.counts());
        const [row] = await this.executor.read(readCypher("overview/groups"));
        const computed = { overview: row!.overview as unknown as Overview, counts, computedAt: started };
        // Reads see each write as it commits: if the counts moved meanwhile (an import or a
        // deletion under way), this aggregation may mix before and after, so it is not kept.
        if ((await this.counts()) === counts) this.kept = computed;
        return computed;
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }
}
