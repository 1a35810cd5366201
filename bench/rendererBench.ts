/**
 * `npm run bench:renderers`: sigma (the explorer's renderer) against vis-network (the renderer
 * behind neovis.js) on the same generated graph in the same headless Chromium run, at each size
 * of BENCH_RENDER_SIZES (default "10000:50000,100000:500000"): time to the first frame, then
 * frames per second while the mouse drags the view for about three seconds, with edges drawn
 * and with edges hidden while moving (what the explorer does on large graphs). Bounded: a
 * renderer that has not drawn its first frame within BENCH_RENDER_TIMEOUT_S (default 120) is
 * reported as such, and a drag stops being measured after 20 s.
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
async function dragFps(page: Page): Promise<string> {
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
  if ((await withTimeout(drag, DRAG_CAP_MS)) === "timeout") {
    return `< ${(1 / (DRAG_CAP_MS / 1000)).toFixed(2)}`;
  }
  const frames = (await page.evaluate(() => window.__frames ?? 0)) - before;
  return (frames / ((Date.now() - started) / 1000)).toFixed(2);
}

async function measure(renderer: string, nodes: number, edges: number, hideOnMove: boolean) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(
      `${base}/bench-renderers.html?renderer=${renderer}&nodes=${nodes}&edges=${edges}&hideOnMove=${hideOnMove ? 1 : 0}`,
    );
    const ready = await withTimeout(
      page
        .waitForFunction(() => window.__ready !== undefined, null, { timeout: timeoutMs })
        .then(() => page.evaluate(() => window.__ready!)),
      timeoutMs + 5000,
    ).catch(() => "timeout" as const);
    if (ready === "timeout") return { first: `> ${timeoutMs / 1000} s`, fps: "", firstMs: NaN };
    if ("error" in ready) return { first: `failed: ${ready.error}`, fps: "", firstMs: NaN };
    return { first: ready.firstFrameMs.toFixed(0), firstMs: ready.firstFrameMs, fps: await dragFps(page) };
  } finally {
    // A page stuck in a long frame may not close politely; the browser is closed at the end anyway.
    await withTimeout(page.close(), 5000);
  }
}

console.log("\nsigma against vis-network: same graph, same headless Chromium run (SwiftShader WebGL / canvas 2D)");
console.log(
  "| nodes | edges | renderer | first frame (ms) | drag fps, edges drawn | drag fps, edges hidden while moving |",
);
console.log("|---:|---:|---|---:|---:|---:|");
const ratios: string[] = [];
try {
  for (const [nodes, edges] of sizes) {
    const firsts: Record<string, number> = {};
    for (const renderer of ["sigma", "vis-network"]) {
      const drawn = await measure(renderer, nodes, edges, false);
      const hidden = drawn.fps === "" ? { fps: "" } : await measure(renderer, nodes, edges, true);
      firsts[renderer] = drawn.firstMs;
      console.log(`| ${nodes} | ${edges} | ${renderer} | ${drawn.first} | ${drawn.fps} | ${hidden.fps} |`);
    }
    const ratio = firsts["vis-network"]! / firsts["sigma"]!;
    ratios.push(
      `${nodes} nodes: vis-network's first frame ${Number.isNaN(ratio) ? `did not come within ${timeoutMs / 1000} s` : `takes ${ratio.toFixed(2)}x sigma's`}`,
    );
  }
  for (const line of ratios) console.log(`- ${line}`);
} finally {
  server.close();
  await withTimeout(browser.close(), 10_000);
}
// A renderer page stuck in a long frame can keep Chromium's pipes open after close().
process.exit(0);
