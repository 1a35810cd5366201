/**
 * `npm run bench:metrics`: the explorer's network metrics of a view in headless Chromium, at
 * each size of BENCH_METRICS_SIZES (default "10000:50000,50000:250000", actors:relationships):
 * every metric of @atlas/analysis computed in the explorer's Web Worker, timed from the request
 * to the answer on the main thread (median of BENCH_METRICS_RUNS, default 3), with each metric's
 * own time in the worker. Above the analysis budget betweenness is sampled and closeness refused.
 */
import type { MetricName } from "@atlas/analysis";
import express from "express";
import type { AddressInfo } from "node:net";
import { launchBrowser } from "../client/e2e/browser.ts";
import { ensureClientBuilt } from "../server/src/clientBuild.ts";

const sizes = (process.env.BENCH_METRICS_SIZES ?? "10000:50000,50000:250000")
  .split(",")
  .map((s) => s.split(":").map(Number) as [number, number]);
const runs = Number(process.env.BENCH_METRICS_RUNS ?? 3);

const benchPages = await ensureClientBuilt((line) => console.log(`client: ${line}`), "bench");
const browser = await launchBrowser();
const server = express().use(express.static(benchPages)).listen(0, "127.0.0.1");
await new Promise((resolve) => server.once("listening", resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (ms: number | undefined) => (ms === undefined ? "refused" : (ms / 1000).toFixed(2));

try {
  const rows: string[] = [];
  const notes: string[] = [];
  let header: MetricName[] = [];
  for (const [nodes, edges] of sizes) {
    const page = await browser.newPage();
    await page.goto(`${base}/bench-metrics.html?nodes=${nodes}&edges=${edges}&runs=${runs}`);
    await page.waitForFunction(() => window.__benchMetrics !== undefined, null, { timeout: 30 * 60_000 });
    const result = await page.evaluate(() => window.__benchMetrics!);
    await page.close();
    if ("error" in result) throw new Error(`bench page failed: ${result.error}`);
    header = Object.keys(result.timings) as MetricName[];
    rows.push(
      `| ${result.nodes} | ${result.edges} | ${seconds(median(result.wallMs))} | ${seconds(result.graphsMs)} | ${header.map((m) => seconds(result.errors[m] ? undefined : result.timings[m])).join(" | ")} |`,
    );
    notes.push(
      `${result.nodes} actors: betweenness ${result.betweenness ?? "not computed"}; runs (s): ${result.wallMs.map((ms) => seconds(ms)).join(", ")}`,
    );
    for (const [metric, reason] of Object.entries(result.errors)) notes.push(`  ${metric} refused: ${reason}`);
  }
  console.log(`\nMetrics of a view in the explorer's Web Worker (headless Chromium), median of ${runs} runs, seconds`);
  console.log(`| actors | relationships | all metrics | simple graphs | ${header.join(" | ")} |`);
  console.log(`|---:|---:|---:|---:|${header.map(() => "---:").join("|")}|`);
  for (const row of rows) console.log(row);
  for (const note of notes) console.log(note);
} finally {
  server.close();
  await browser.close();
}
