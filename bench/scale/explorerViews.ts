/**
 * The explorer in headless Chromium: time until the first view (overview or whole graph) is drawn,
 * cold then warm, and until a City group's first 500 actors are, after the click that expands it.
 */
import { launchBrowser } from "../../client/e2e/browser.ts";
import { percentile } from "./percentile.ts";

export async function measureExplorer(url: string) {
  const browser = await launchBrowser();
  try {
    const overviewTimes: number[] = [];
    let grouped = false;
    let groupMs = 0;
    for (let run = 0; run < 4; run++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
      const t = performance.now();
      await page.goto(`${url}/`);
      await page.waitForFunction(
        () => window.__atlas?.store.getState().status === "ready" && window.__atlas.sigma !== undefined,
        null,
        { timeout: 120_000 },
      );
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
      overviewTimes.push(performance.now() - t);
      grouped = await page.evaluate(() => window.__atlas!.store.getState().overview !== null);
      if (run === 3 && grouped) {
        await page.evaluate(() => {
          const { graph, select } = window.__atlas!.store.getState();
          const biggest = graph
            .filterNodes((_, a) => a.group?.type === "City")
            .sort((a, b) => graph.getNodeAttributes(b).group!.actors - graph.getNodeAttributes(a).group!.actors)[0]!;
          select(biggest);
        });
        const g = performance.now();
        await page.getByTestId("expand-group").click();
        await page.waitForFunction(
          () => {
            const { graph, pending } = window.__atlas!.store.getState();
            return pending.length === 0 && graph.filterNodes((_, a) => !a.group).length > 0;
          },
          null,
          { timeout: 60_000 },
        );
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
        groupMs = performance.now() - g;
      }
      await page.close();
    }
    const [cold, ...warm] = overviewTimes;
    const warmMedian = percentile(warm, 50);
    const what = grouped ? "overview (groups)" : "whole graph";
    console.log(
      `\nExplorer (headless Chromium): ${what} drawn, first visit after the load ${cold!.toFixed(0)} ms, then median of ${warm.length} ${warmMedian.toFixed(0)} ms` +
        (grouped ? `; a City group's first 500 actors drawn ${groupMs.toFixed(0)} ms after the click` : ""),
    );
    return { view: what, firstViewColdMs: cold, firstViewWarmMs: warmMedian, groupPageMs: groupMs };
  } finally {
    await browser.close();
  }
}
