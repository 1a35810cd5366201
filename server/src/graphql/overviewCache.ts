/**
 * The overview's aggregation reads every relationship (about 1.2 s per million here), too slow
 * to run per page load, so it is kept. Before serving it, the actor and relationship counts
 * (Neo4j's count store, about a millisecond) are compared with those it was computed from: an
 * import or a curation write changes them and the overview is computed afresh. Edits that keep
 * the counts (a changed country) show within maxAgeMs, refreshed in the background. While
 * watching, the counts are also checked every few seconds, so that after a bulk import the next
 * visitor finds the overview ready instead of waiting for the aggregation. Only an aggregation
 * whose groups add up to the counts, which did not move meanwhile, is kept.
 */
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
    const [row] = await this.executor.read("overview/graph-stats");
    return JSON.stringify(row!.stats);
  }

  /** One computation at a time; callers arriving meanwhile share it. */
  private compute(knownCounts?: string): Promise<Kept> {
    this.running ??= (async () => {
      try {
        let computed: Kept | undefined;
        for (let attempt = 0; attempt < CONSISTENT_ATTEMPTS; attempt++) {
          const started = Date.now();
          const counts = (attempt === 0 && knownCounts) || (await this.counts());
          const [row] = await this.executor.read("overview/groups");
          computed = { overview: row!.overview as unknown as Overview, counts, computedAt: started };
          // Reads see a large write while it is applied: an aggregation whose groups do not add
          // up to the counts, or during which the counts moved, mixes before and after.
          if (addsUp(computed) && (await this.counts()) === counts) return (this.kept = computed);
        }
        return computed!;
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }
}

/** Tries at a consistent aggregation before serving one that is not (and not keeping it). */
const CONSISTENT_ATTEMPTS = 3;

function addsUp({ overview, counts }: Kept): boolean {
  const { actors } = JSON.parse(counts) as { actors: number };
  return overview.groups.reduce((sum, group) => sum + group.actors, 0) === actors;
}
