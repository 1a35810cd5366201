/**
 * The local layout of a subset, end to end in the explorer (headless Chromium, SwiftShader
 * WebGL, the seed graph): from a new 50-actor subset in the store to `settled()` — the seeded
 * ForceAtlas2 + noverlap pass, the 0.4 s move of the nodes and the 0.5 s camera move onto them.
 * Each subset is the 50 actors nearest a hub (breadth first); the first run is a warm-up.
 * Run: npm run bench:layout
 */
import { launchBrowser } from "../client/e2e/browser.ts";
import { startThrowawayAtlas } from "./startThrowawayAtlas.ts";

const SUBSET = 50;
const RUNS = 6;

const atlas = await startThrowawayAtlas();
const browser = await launchBrowser();
try {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 860 } })).newPage();
  await page.goto(`${atlas.url}/`);
  await page.waitForFunction(() => window.__atlas?.store.getState().status === "ready" && window.__atlas.settled());
  const rows: string[] = [];
  for (let run = 0; run < RUNS; run++) {
    const { ids, hub, started } = await page.evaluate(
      ({ run, size }) => {
        const { store } = window.__atlas!;
        const { graph } = store.getState();
        const hubs = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a) || a.localeCompare(b));
        const hub = hubs[run]!;
        const seen = new Set([hub]);
        for (const queue = [hub]; queue.length > 0 && seen.size < size;) {
          for (const next of graph.neighbors(queue.shift()!)) {
            if (seen.size >= size || seen.has(next)) continue;
            seen.add(next);
            queue.push(next);
          }
        }
        const started = performance.now();
        store.setState({ subset: seen });
        return { ids: seen.size, hub, started };
      },
      { run, size: SUBSET },
    );
    const settledAt = await page.waitForFunction(() => window.__atlas!.settled() && performance.now(), null, {
      polling: "raf",
    });
    const ms = ((await settledAt.jsonValue()) as number) - started;
    if (run > 0) rows.push(`| ${hub} | ${ids} | ${ms.toFixed(0)} |`);
  }
  console.log(`| around | actors | new subset to settled (ms) |\n|---|---:|---:|\n${rows.join("\n")}`);
} finally {
  await browser.close();
  await atlas.dispose();
}
