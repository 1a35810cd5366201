/**
 * `npm run bench`: every benchmark in BENCHMARKS.md, one after another, each with a time limit
 * so the whole run stays under 20 minutes; prints the tables as they come, then issue 8's
 * targets against what was measured. The whole output is also written to bench/results/ (not
 * committed) with the machine and the date, to paste into BENCHMARKS.md.
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "../server/src/config.ts";
import { sayIssue20Targets } from "./issue20Targets.ts";

interface Step {
  name: string;
  command: string[];
  env?: Record<string, string>;
  limitSeconds: number;
}

// Limits add up to 20 minutes (without BENCH_HUGE); typical times on a quiet machine are about
// two thirds of them.
const steps: Step[] = [
  { name: "start times (issue 2)", command: ["bash", "bench/startTimes.sh"], limitSeconds: 100 },
  { name: "explorer (issue 4)", command: ["npm", "run", "--silent", "bench:explorer"], limitSeconds: 90 },
  { name: "consoles (issue 5)", command: ["npm", "run", "--silent", "bench:console"], limitSeconds: 65 },
  { name: "export (issue 6)", command: ["npm", "run", "--silent", "bench:export"], limitSeconds: 70 },
  { name: "load (issue 7)", command: ["npm", "run", "--silent", "bench:load"], limitSeconds: 60 },
  { name: "renderers (issue 8)", command: ["npm", "run", "--silent", "bench:renderers"], limitSeconds: 285 },
  {
    name: "scale (issue 8)",
    command: ["npm", "run", "--silent", "bench:scale"],
    env: { BENCH_RUNS: "50" },
    limitSeconds: 270,
  },
  // Issue 20 at 100k/1M: the import tool (median of three loads) against the batched loader,
  // from one generated file.
  {
    name: "initial load, 1M relationships (issue 20)",
    command: ["node", "--import", "tsx", "bench/initialLoadBench.ts"],
    limitSeconds: 260,
  },
  // BENCH_HUGE=1: 1M actors / 10M relationships with the import tool, then the API on that store.
  ...(process.env.BENCH_HUGE === "1"
    ? [
        {
          name: "initial load and API, 10M relationships (issue 20)",
          command: ["node", "--import", "tsx", "bench/initialLoadBench.ts"],
          env: {
            BENCH_ACTORS: "1000000",
            BENCH_RELATIONSHIPS: "10000000",
            BENCH_INITIAL_RUNS: "1",
            BENCH_SKIP_BULK: "1",
            BENCH_API: "1",
          },
          limitSeconds: 3600,
        },
      ]
    : []),
];

const lines: string[] = [];
const say = (line: string) => {
  console.log(line);
  lines.push(line);
};

function run(step: Step): Promise<{ seconds: number; code: number | null; output: string }> {
  return new Promise((resolve) => {
    const started = Date.now();
    let output = "";
    // Own process group, so a step over its limit is stopped with everything it started.
    const child = spawn(step.command[0]!, step.command.slice(1), {
      cwd: repoRoot,
      env: { ...process.env, ...step.env },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const take = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      process.stdout.write(text);
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    const timer = setTimeout(() => {
      say(`!! ${step.name}: over its ${step.limitSeconds} s limit, stopped`);
      process.kill(-child.pid!, "SIGKILL");
    }, step.limitSeconds * 1000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ seconds: (Date.now() - started) / 1000, code, output });
    });
  });
}

const startedAll = Date.now();
say(`# npm run bench — ${new Date().toISOString()}`);
say(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`,
);
const results: Record<string, any> = {};
const summary: string[] = [];
for (const step of steps) {
  say(`\n## ${step.name}: ${step.command.join(" ")}`);
  const { seconds, code, output } = await run(step);
  lines.push(output);
  summary.push(`| ${step.name} | ${seconds.toFixed(0)} | ${code === 0 ? "ok" : `failed (exit ${code})`} |`);
  for (const match of output.matchAll(/^BENCH_RESULT (.*)$/gm)) {
    const parsed = JSON.parse(match[1]!) as Record<string, any>;
    for (const [key, value] of Object.entries(parsed)) (results[key] ??= []).push(value);
  }
}

say(`\n## Steps\n| step | seconds | result |\n|---|---:|---|`);
for (const line of summary) say(line);
say(`Total: ${((Date.now() - startedAll) / 60_000).toFixed(1)} minutes`);

const largest = (results.scale ?? []).at(-1);
if (largest) {
  const l = largest.latencies;
  const ratio = (name: string, key: "layerP50" | "httpP50") => l[name][key] / l[name].directP50;
  const worst = (key: "layerP50" | "httpP50") =>
    Math.max(
      ...Object.keys(l)
        .filter((n) => l[n].directP50)
        .map((n) => ratio(n, key)),
    );
  const row = (target: string, measured: string, met: boolean) =>
    say(`| ${target} | ${measured} | ${met ? "met" : "NOT met"} |`);
  say(`\n## Issue 8 targets at ${largest.actors} actors / ${largest.relationships} relationships`);
  say("| target | measured | |\n|---|---|---|");
  row("full load < 5 min", `${largest.loadSeconds.toFixed(1)} s`, largest.loadSeconds < 300);
  row(
    "neighbourhood depth 1 p95 < 50 ms",
    `${l["neighbourhood depth 1"].httpP95.toFixed(1)} ms (over HTTP)`,
    l["neighbourhood depth 1"].httpP95 < 50,
  );
  row("search p95 < 30 ms", `${l.search.httpP95.toFixed(1)} ms (over HTTP)`, l.search.httpP95 < 30);
  row(
    "GraphQL layer overhead < 1.5x direct Cypher (p50, worst query)",
    `${worst("layerP50").toFixed(2)}x`,
    worst("layerP50") < 1.5,
  );
  say(
    `| (whole API over HTTP against direct Cypher, p50, worst query: for information) | ${worst("httpP50").toFixed(2)}x | |`,
  );
  row(
    "usable overview < 3 s",
    `${largest.firstViewWarmMs.toFixed(0)} ms (first visit after the load: ${largest.firstViewColdMs.toFixed(0)} ms)`,
    largest.firstViewWarmMs < 3000,
  );
}

sayIssue20Targets(results.initialLoad ?? [], say);

const out = path.join(repoRoot, "bench", "results");
mkdirSync(out, { recursive: true });
const file = path.join(out, `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.md`);
writeFileSync(file, lines.join("\n"));
console.log(`\nWritten to ${path.relative(repoRoot, file)}`);
