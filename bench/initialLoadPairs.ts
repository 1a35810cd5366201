/**
 * `node --import tsx bench/initialLoadPairs.ts --base DIR --jsonl FILE [--pairs N]`: the initial
 * load of one file by two checkouts in alternated pairs: DIR (another clone, `npm install` run
 * there) and this one, each `server/src/cli/import.ts --jsonl FILE --initial` into a fresh home
 * after a `sync`, the order swapped every pair. On this machine the same load took 25 s and 39 s
 * within an hour, with the host's load (BENCHMARKS.md, issue 20's fifth day): a change shows only
 * against the code before it, run in the same minutes. Prints each pair's times and their medians.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "../server/src/config.ts";
import { benchMemory, importArgs, initialLoadFigures, localImportEnv } from "./localImportEnv.ts";
import { percentile } from "./scale/percentile.ts";

const { values } = parseArgs({
  options: { base: { type: "string" }, jsonl: { type: "string" }, pairs: { type: "string", default: "5" } },
});
if (!values.base || !values.jsonl) {
  console.error("usage: node --import tsx bench/initialLoadPairs.ts --base DIR --jsonl FILE [--pairs N]");
  process.exit(2);
}
const file = path.resolve(values.jsonl);
const checkouts = { base: path.resolve(values.base), head: repoRoot };
const work = mkdtempSync(path.join(os.tmpdir(), "atlas-initial-pairs-"));

/** Seconds, as the load reports them: total, validate, import tool, start and indexes. */
type Run = number[];

async function load(dir: string): Promise<Run> {
  const home = path.join(work, "home");
  rmSync(home, { recursive: true, force: true });
  const output = execFileSync("node", importArgs(file, "--initial"), {
    cwd: dir,
    encoding: "utf8",
    // Its progress is on stderr: kept back, and part of the error when a load fails.
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 << 20,
    env: { ...process.env, ...(await localImportEnv(home, benchMemory)) },
  });
  const figures = initialLoadFigures(output);
  if (!figures) throw new Error(`no summary line in the load's output:\n${output.slice(-2000)}`);
  return figures;
}

const shown = ([total, ...parts]: Run) => `${total!.toFixed(1)} (${parts.map((p) => p.toFixed(1)).join(", ")})`;
const column = (runs: Run[], i: number) => runs.map((run) => run[i]!);
/** Each figure's median (nearest rank) over the runs. */
const medians = (runs: Run[]) => runs[0]!.map((_, i) => percentile(column(runs, i), 50).toFixed(1));

try {
  const runs: Record<keyof typeof checkouts, Run[]> = { base: [], head: [] };
  console.log(
    `base ${checkouts.base}, head ${checkouts.head}; seconds: total (validate, import tool, start and indexes)`,
  );
  console.log("| pair | base | head |\n|---|---:|---:|");
  for (let pair = 1; pair <= Number(values.pairs); pair++) {
    const order = pair % 2 === 1 ? (["base", "head"] as const) : (["head", "base"] as const);
    for (const which of order) runs[which].push(await load(checkouts[which]));
    console.log(`| ${pair} | ${shown(runs.base.at(-1)!)} | ${shown(runs.head.at(-1)!)} |`);
  }
  console.log(`| medians | ${medians(runs.base).join(" / ")} | ${medians(runs.head).join(" / ")} |`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
