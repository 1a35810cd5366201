/**
 * `npm run bench:renderers`: sigma 3 (the explorer's renderer), sigma 4 (bench only, installed as
 * `sigma4`) and vis-network (the renderer behind neovis.js) on the same generated graph in the
 * same headless Chromium run, at each size of BENCH_RENDER_SIZES (default
 * "10000:50000,100000:500000"): time to the first frame, then frames per second while the mouse
 * drags the view for about three seconds, with edges drawn and with edges hidden while moving
 * (what the explorer does on large graphs). Each figure is the median of BENCH_RENDER_RUNS
 * (default 1) page loads. Bounded: a renderer that has not drawn its first frame within
 * BENCH_RENDER_TIMEOUT_S (default 120) is reported as such, and a drag stops being measured
 * after 20 s.
 */
import express from "express";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { launchBrowser } from "../client/e2e/browser.ts";
import { ensureClientBuilt } from "../server/src/clientBuild.ts";

const sizes = (process.env.BENCH_RENDER_SIZES ?? "10000:50000,100000:500000")
  .split(",")
  .map((s) => s.split(":").map(Number) as [number, number]);
const timeoutMs = Number(process.env.BENCH_RENDER_TIMEOUT_S ?? 120) * 1000;
const runs = Number(process.env.BENCH_RENDER_RUNS ?? 1);
const RENDERERS = ["sigma", "sigma4", "vis-network"] as const;
const DRAG_MS = 3000;
const DRAG_CAP_MS = 20_000;

const benchPages = await ensureClientBuilt((line) => console.log(`client: ${line}`), "bench");
const browser = await launchBrowser();
const server = express().use(express.static(benchPages)).listen(0, "127.0.0.1");
await new Promise((resolve) => server.once("listening", resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), ms))]);

/** Drags across the view in small steps for about DRAG_MS and counts the renderer's frames. */
async function dragFps(page: Page): Promise<number> {
  const before = await page.evaluate(() => window.__frames ?? 0);
  const started = Date.now();
  const drag = (async () => {
    await page.mouse.move(640, 400);
    await page.mouse.down();
    for (let i = 1; Date.now() - started < DRAG_MS; i++) {
      await page.mouse.move(640 + 200 * Math.sin(i / 5), 400 + 120 * Math.cos(i / 7));
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  })();
  if ((await withTimeout(drag, DRAG_CAP_MS)) === "timeout") return NaN;
  const frames = (await page.evaluate(() => window.__frames ?? 0)) - before;
  return frames / ((Date.now() - started) / 1000);
}

async function measure(renderer: string, nodes: number, edges: number, hideOnMove: boolean) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    // The page builds the graph and the renderer before its load event: wait only for the
    // response, then for the page's own report, both within the renderer's time limit.
    await page.goto(
      `${base}/bench-renderers.html?renderer=${renderer}&nodes=${nodes}&edges=${edges}&hideOnMove=${hideOnMove ? 1 : 0}`,
      { waitUntil: "commit", timeout: timeoutMs },
    );
    const ready = await withTimeout(
      page
        .waitForFunction(() => window.__ready !== undefined, null, { timeout: timeoutMs })
        .then(() => page.evaluate(() => window.__ready!)),
      timeoutMs + 5000,
    ).catch(() => "timeout" as const);
    if (ready === "timeout") return { failed: `> ${timeoutMs / 1000} s` };
    if ("error" in ready) return { failed: `failed: ${ready.error}` };
    return { firstMs: ready.firstFrameMs, fps: await dragFps(page) };
  } finally {
    // A page stuck in a long frame may not close politely; the browser is closed at the end anyway.
    await withTimeout(page.close(), 5000);
  }
}

/** A capped drag (NaN) counts as the slowest. */
const median = (values: number[]) => {
  const sorted = values.map((v) => (Number.isNaN(v) ? -Infinity : v)).sort((a, b) => a - b);
  const middle = sorted[Math.floor(sorted.length / 2)]!;
  return middle === -Infinity ? NaN : middle;
};
const fpsCell = (fps: number) => (Number.isNaN(fps) ? `< ${(1000 / DRAG_CAP_MS).toFixed(2)}` : fps.toFixed(2));

/** The median first frame and drag rates of `runs` page loads; the first failure ends the cell. */
async function measureMedian(renderer: string, nodes: number, edges: number) {
  const firsts: number[] = [];
  const drawn: number[] = [];
  const hidden: number[] = [];
  for (let run = 0; run < runs; run++) {
    const withEdges = await measure(renderer, nodes, edges, false);
    if ("failed" in withEdges) return { first: withEdges.failed, firstMs: NaN, drawn: "", hidden: "" };
    const withoutEdges = await measure(renderer, nodes, edges, true);
    firsts.push(withEdges.firstMs);
    drawn.push(withEdges.fps);
    if (!("failed" in withoutEdges)) hidden.push(withoutEdges.fps);
  }
  const firstMs = median(firsts);
  return {
    first: firstMs.toFixed(0),
    firstMs,
    drawn: fpsCell(median(drawn)),
    hidden: hidden.length ? fpsCell(median(hidden)) : "",
  };
}

console.log(
  `\nsigma 3, sigma 4 and vis-network: same graph, same headless Chromium run (SwiftShader WebGL / canvas 2D), median of ${runs}`,
);
console.log(
  "| nodes | edges | renderer | first frame (ms) | drag fps, edges drawn | drag fps, edges hidden while moving |",
);
console.log("|---:|---:|---|---:|---:|---:|");
const ratios: string[] = [];
const ratio = (a: number, b: number) => (Number.isNaN(a / b) ? "n/a" : `${(a / b).toFixed(2)}x`);
try {
  for (const [nodes, edges] of sizes) {
    const firsts: Record<string, number> = {};
    for (const renderer of RENDERERS) {
      const cell = await measureMedian(renderer, nodes, edges);
      firsts[renderer] = cell.firstMs;
      console.log(`| ${nodes} | ${edges} | ${renderer} | ${cell.first} | ${cell.drawn} | ${cell.hidden} |`);
    }
    ratios.push(
      `${nodes}/${edges}: first frame, vis-network / sigma 3 = ${ratio(firsts["vis-network"]!, firsts["sigma"]!)}; ` +
        `sigma 4 / sigma 3 = ${ratio(firsts["sigma4"]!, firsts["sigma"]!)}`,
    );
  }
  for (const line of ratios) console.log(`- ${line}`);
} finally {
  server.close();
  await withTimeout(browser.close(), 10_000);
}
// A renderer page stuck in a long frame can keep Chromium's pipes open after close().
process.exit(0);
