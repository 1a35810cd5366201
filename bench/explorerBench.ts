/**
 * `npm run bench:explorer`: the explorer's renderer figures for BENCHMARKS.md.
 * 1. A generated 10,000-node / 50,000-edge graph in headless Chromium (software WebGL through
 *    SwiftShader): time to first frame, frames per second while panning, ForceAtlas2 iterations
 *    per second in the web worker.
 * 2. The seed graph: page load to interactive (graph drawn and controls live), median of runs,
 *    against a throwaway local Neo4j + API.
 */
import express from "express";
import type { AddressInfo } from "node:net";
import { launchBrowser } from "../client/e2e/browser.ts";
import { ensureClientBuilt } from "../server/src/clientBuild.ts";
import { startThrowawayAtlas } from "./startThrowawayAtlas.ts";

// BENCH_SIZES="" skips the generated graphs: only the seed's page load is measured.
const sizes = (process.env.BENCH_SIZES ?? "10000:50000")
  .split(",")
  .filter(Boolean)
  .map((s) => s.split(":").map(Number) as [number, number]);
const runs = Number(process.env.BENCH_RUNS ?? 5);

const benchPages = await ensureClientBuilt((line) => console.log(`client: ${line}`), "bench");
const browser = await launchBrowser();

const staticApp = express().use(express.static(benchPages));
const staticServer = staticApp.listen(0, "127.0.0.1");
await new Promise((resolve) => staticServer.once("listening", resolve));
const staticUrl = `http://127.0.0.1:${(staticServer.address() as AddressInfo).port}`;

console.log("\nRenderer on a generated graph (headless Chromium, SwiftShader WebGL)");
console.log(
  "| nodes | edges | first frame (ms) | pan, edges drawn (fps) | pan, edges hidden on move (fps) | FA2 worker alone (it/s) | FA2 while sigma draws (it/s) |",
);
console.log("|---:|---:|---:|---:|---:|---:|---:|");
for (const [nodes, edges] of sizes) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${staticUrl}/bench.html?nodes=${nodes}&edges=${edges}`);
  await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 120_000 });
  const result = await page.evaluate(() => window.__bench!);
  if ("error" in result) throw new Error(`bench page failed: ${result.error}`);
  console.log(
    `| ${result.nodes} | ${result.edges} | ${result.firstFrameMs.toFixed(0)} | ${result.panFps.toFixed(1)} | ${result.panFpsEdgesHidden.toFixed(1)} | ${result.fa2IterationsPerSecond.toFixed(1)} | ${result.fa2WhileRendering.toFixed(1)} |`,
  );
  console.log(`  (graph generated in ${result.generateMs.toFixed(0)} ms; renderer: ${result.renderer})`);
  await page.close();
}
staticServer.close();

console.log("\nSeed graph: page load to interactive");
const atlas = await startThrowawayAtlas();
try {
  const timings: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`${atlas.url}/`);
    await page.waitForFunction(
      () => window.__atlas?.store.getState().status === "ready" && window.__atlas.sigma !== undefined,
    );
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
    // The first run warms the server's caches (query plans); it is not counted.
    if (i > 0) timings.push(Date.now() - started);
    await context.close();
  }
  timings.sort((a, b) => a - b);
  const median = timings[Math.floor(timings.length / 2)]!;
  console.log(
    `| runs | median (ms) | min (ms) | max (ms) |\n|---:|---:|---:|---:|\n| ${timings.length} | ${median} | ${timings[0]} | ${timings.at(-1)} |`,
  );
} finally {
  await atlas.dispose();
  await browser.close();
}
