/** Issue 20's targets against what `npm run bench` measured (bench/initialLoadBench.ts results). */
type Say = (line: string) => void;

interface Latency {
  httpP95: number;
}

interface InitialLoadResult {
  actors: number;
  relationships: number;
  /** The median of initialRunSeconds. */
  initialSeconds: number;
  initialRunSeconds: number[];
  bulkSeconds?: number;
  api?: {
    overviewFirstMs: number;
    overviewKeptMs: number;
    latencies: Record<string, Latency>;
    metricsSeconds?: number;
    metricsError?: string;
  };
}

export function sayIssue20Targets(results: InitialLoadResult[], say: Say): void {
  const row = (target: string, measured: string, met: boolean) =>
    say(`| ${target} | ${measured} | ${met ? "met" : "NOT met"} |`);
  for (const r of results) {
    const limit = r.relationships >= 10_000_000 ? 300 : 30;
    say(`\n## Issue 20 targets at ${r.actors} actors / ${r.relationships} relationships`);
    say("| target | measured | |\n|---|---|---|");
    const bulk = r.bulkSeconds ? ` (batched loader: ${r.bulkSeconds.toFixed(1)} s)` : "";
    const runs = r.initialRunSeconds.length;
    const each =
      runs > 1 ? `median of ${runs} runs (${r.initialRunSeconds.map((s) => s.toFixed(1)).join(", ")} s): ` : "";
    row(
      `--initial, indexes online, < ${limit} s`,
      `${each}${r.initialSeconds.toFixed(1)} s${bulk}`,
      r.initialSeconds < limit,
    );
    if (!r.api) continue;
    const p95 = (name: string, target: number) => {
      const found = Object.entries(r.api!.latencies).find(([key]) => key.startsWith(name));
      if (found)
        row(
          `${found[0]} p95 < ${target} ms`,
          `${found[1].httpP95.toFixed(1)} ms (over HTTP)`,
          found[1].httpP95 < target,
        );
    };
    p95("neighbourhood depth 1", 50);
    p95("name search", 30);
    p95("evidence search", 30);
    const { overviewKeptMs, overviewFirstMs, metricsSeconds, metricsError } = r.api;
    row(
      "overview once kept < 3 s",
      `${overviewKeptMs.toFixed(0)} ms (first, cold: ${(overviewFirstMs / 1000).toFixed(1)} s)`,
      overviewKeptMs < 3000,
    );
    row(
      "PageRank + Louvain, whole database, < 5 min",
      metricsSeconds === undefined ? `failed: ${metricsError}` : `${metricsSeconds.toFixed(1)} s`,
      metricsSeconds !== undefined && metricsSeconds < 300,
    );
  }
}
