/** Headless Debian Chromium through playwright-core (no browser download: the machines are offline). */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { PNG } from "pngjs";
import { inject } from "vitest";

/**
 * The one deadline of every wait in the browser tests. Waits poll for the state that matters, so
 * a fast machine never waits this long and a busy one still passes.
 */
export const DEADLINE_MS = 90_000;

export const screenshotsDir = path.resolve(import.meta.dirname, "..", "test", "screenshots");

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
      // A precaution: SwiftShader renders WebGL on the CPU, and on a busy machine one frame could
      // outlast the GPU watchdog, which would kill the GPU process and leave the page without WebGL.
      "--disable-gpu-watchdog",
    ],
  });
}

/** A page in a fresh context whose every wait and action shares the one deadline. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(DEADLINE_MS);
  return context.newPage();
}

/** Opens the explorer at `query` (the URL's search part), ready; `errors` collects page errors. */
export async function openExplorer(
  browser: Browser,
  query = "",
  options: BrowserContextOptions = {},
): Promise<{ page: Page; errors: string[] }> {
  const page = await openPage(browser, { viewport: { width: 1400, height: 860 }, ...options });
  const errors = collectErrors(page);
  await page.goto(`${inject("atlas").baseUrl}/${query}`);
  await waitUntilReady(page);
  return { page, errors };
}

/** Waits until no layout, camera move or local layout is animating the view. */
export function waitUntilSettled(page: Page): Promise<unknown> {
  return page.waitForFunction(() => window.__atlas?.settled() === true, null, { timeout: DEADLINE_MS });
}

/**
 * Waits until the explorer has drawn its first view. A failed load fails the test at once with
 * the page's own error, instead of waiting out the deadline for a "ready" that cannot come.
 */
export async function waitUntilReady(page: Page): Promise<void> {
  const handle = await page
    .waitForFunction(
      () => {
        // A failed load shows its error without a graph view, so without window.__atlas.
        const failed = document.querySelector("[data-testid=load-error]");
        if (failed) return { status: "error", error: failed.textContent };
        const state = window.__atlas?.store.getState();
        return state && state.status !== "loading" ? { status: state.status, error: state.error } : false;
      },
      null,
      { timeout: DEADLINE_MS },
    )
    .catch(async (timeout: Error) => {
      // Say what the page shows: the graph view never started (no WebGL?) or the load never ended.
      const seen = await page.evaluate(() => ({
        graphView: window.__atlas !== undefined,
        status: window.__atlas?.store.getState().status ?? null,
        text: document.body.innerText.slice(0, 300),
      }));
      throw new Error(`${timeout.message}; the page: ${JSON.stringify(seen)}`);
    });
  const { status, error } = (await handle.jsonValue()) as { status: string; error: string | null };
  if (status !== "ready") throw new Error(`the explorer did not load: ${error ?? status}`);
}

/** Collects console errors and page errors so a test can assert there were none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

export async function saveScreenshot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(screenshotsDir, { recursive: true });
  return page.screenshot({ path: path.join(screenshotsDir, `${name}.png`) });
}

/** Share of pixels that differ from the most common (background) colour. */
export function nonBackgroundShare(png: Buffer): number {
  const image = PNG.sync.read(png);
  const counts = new Map<number, number>();
  for (let i = 0; i < image.data.length; i += 4) {
    const key = (image.data[i]! << 16) | (image.data[i + 1]! << 8) | image.data[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = image.width * image.height;
  return 1 - Math.max(...counts.values()) / total;
}
