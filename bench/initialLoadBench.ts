/**
 * `node --import tsx bench/initialLoadBench.ts`: the first load of a large generated dataset both ways, in one run:
 * `npm run import -- --jsonl FILE --initial` (Neo4j's import tool, until every index is online)
 * and `--bulk` (batched Cypher, CREATE since every id is new), each into a fresh local database,
 * each command timed whole (its Neo4j start included) with its peak memory. BENCH_ACTORS and
 * BENCH_RELATIONSHIPS set the size (default 100,000 / 1,000,000); BENCH_SKIP_BULK=1 times only
 * the import tool (the 10M size, where batches would take hours). BENCH_INITIAL_RUNS (default 3)
 * loads with the import tool that many times, each into a fresh database, and gives their median:
 * on this shared 2-core host one run of the same command takes 25 s or 36 s within the hour
 * (BENCHMARKS.md). BENCH_API=1 then measures the API on the last loaded store
 * (bench/scale/storeApi.ts, as `npm run bench:store` does). Neo4j gets BENCH_HEAP (default 4g)
 * and BENCH_PAGECACHE (8g) in both.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "../server/src/config.ts";
import { benchMemory, importArgs, initialLoadFigures, localImportEnv } from "./localImportEnv.ts";
import { percentile } from "./scale/percentile.ts";
import { measureStoreApi } from "./scale/storeApi.ts";

const actors = Number(process.env.BENCH_ACTORS ?? 100_000);
const relationships = Number(process.env.BENCH_RELATIONSHIPS ?? 1_000_000);
const initialRuns = Math.max(1, Math.floor(Number(process.env.BENCH_INITIAL_RUNS ?? 3)) || 1);
const work = mkdtempSync(path.join(os.tmpdir(), "atlas-initial-bench-"));

interface Timed {
  seconds: number;
  peakMb: number;
  output: string;
}

/** Runs a command under /usr/bin/time -v: wall time, and the peak RSS of its largest process. */
function timed(command: string[], env: Record<string, string> = {}): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn("/usr/bin/time", ["-v", ...command], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const take = (chunk: Buffer) => (output += chunk.toString());
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`${command.join(" ")} failed (exit ${code}):\n${output.slice(-3000)}`));
      const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? 0);
      resolve({ seconds: (performance.now() - started) / 1000, peakMb: peakKb / 1024, output });
    });
  });
}

async function load(mode: "--initial" | "--bulk", file: string, home: string): Promise<Timed> {
  return timed(["node", ...importArgs(file, mode)], await localImportEnv(home, benchMemory));
}

const row = (...cells: string[]) => console.log(`| ${cells.join(" | ")} |`);
const rate = (seconds: number) => (relationships / seconds).toFixed(0);
try {
  const file = path.join(work, "dataset.jsonl");
  console.log(`initial load: ${actors} actors, ${relationships} relationships (${os.cpus().length} cores)`);
  const generated = await timed(
    ["node", "--import", "tsx", "seed/src/cli/generate.ts", "--actors", String(actors)].concat([
      "--relationships",
      String(relationships),
      "--format",
      "jsonl",
      "--out",
      file,
    ]),
  );
  console.log(`generated ${(statSync(file).size / 1e6).toFixed(0)} MB of JSONL`);
  console.log("| step | seconds | relationships/s | peak RSS (MB) | detail |\n|---|---:|---:|---:|---|");
  row("generate (streamed JSONL)", generated.seconds.toFixed(1), "", generated.peakMb.toFixed(0), "");
  const initialHome = path.join(work, "neo4j--initial");
  const runs: Array<{ seconds: number; toolSeconds: number }> = [];
  for (let run = 1; run <= initialRuns; run++) {
    rmSync(initialHome, { recursive: true, force: true });
    const initial = await load("--initial", file, initialHome);
    const detail = /\(validate .*\)/.exec(initial.output)?.[0] ?? "";
    const toolSeconds = initialLoadFigures(initial.output)?.[2] ?? NaN;
    runs.push({ seconds: initial.seconds, toolSeconds });
    const name = initialRuns > 1 ? ` (run ${run} of ${initialRuns})` : "";
    row(
      `--initial, until indexes online${name}`,
      initial.seconds.toFixed(1),
      rate(initial.seconds),
      initial.peakMb.toFixed(0),
      detail,
    );
    row("  of which the import tool", toolSeconds.toFixed(1), rate(toolSeconds), "", "");
  }
  const initialRunSeconds = runs.map((r) => r.seconds);
  const initialSeconds = percentile(initialRunSeconds, 50);
  const toolSeconds = percentile(
    runs.map((r) => r.toolSeconds),
    50,
  );
  if (initialRuns > 1)
    row(`--initial, median of ${initialRuns}`, initialSeconds.toFixed(1), rate(initialSeconds), "", "");
  const result: Record<string, unknown> = { actors, relationships, initialSeconds, initialRunSeconds, toolSeconds };
  if (process.env.BENCH_API === "1")
    result.api = await measureStoreApi({
      home: initialHome,
      ...benchMemory,
      // A p95 of 50 samples is the third-slowest: one stall of the machine moves it.
      runs: Number(process.env.BENCH_RUNS ?? 200),
      metrics: ["pagerank", "community"],
    });
  if (process.env.BENCH_SKIP_BULK !== "1") {
    const bulk = await load("--bulk", file, path.join(work, "neo4j--bulk"));
    const write = Number(/write ([\d.]+) s/.exec(bulk.output)?.[1] ?? NaN);
    row(
      "--bulk (batched CREATE)",
      bulk.seconds.toFixed(1),
      rate(bulk.seconds),
      bulk.peakMb.toFixed(0),
      /\(validate .*\)/.exec(bulk.output)?.[0] ?? "",
    );
    row("  of which the writes", write.toFixed(1), rate(write), "", "");
    Object.assign(result, { bulkSeconds: bulk.seconds, bulkWriteSeconds: write });
  }
  console.log(`BENCH_RESULT ${JSON.stringify({ initialLoad: result })}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
