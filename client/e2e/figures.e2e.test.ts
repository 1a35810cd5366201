/**
 * Figures a journal accepts, measured where they are rendered: Chromium lays out every text of
 * the SVG (labels, legend, title, source line) and each box must stay inside the page and clear
 * of every other, at one column (85 mm), two columns (175 mm) and A4, for the whole seed graph,
 * a 10-actor subset (also grayscale-safe) and the explorer's map view exported from the dialog.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { project } from "../src/core/geoLayout.ts";
import { launchBrowser, screenshotsDir, waitUntilReady } from "./browser.ts";

const WIDTHS = ["85mm", "175mm", "a4"] as const;
const SUBSET = [
  "athens",
  "eurocities",
  "thessaloniki",
  "amsterdam",
  "zurich",
  "weldi",
  "bremen",
  "carsten-sieling",
  "solidarity-cities-initiative",
  "liege",
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function svgFromApi(selection: object, width: string): Promise<string> {
  const response = await fetch(`${inject("atlas").baseUrl}/api/export`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...selection, formats: ["svg"], single: true, width, title: "Solidarity Atlas figure" }),
  });
  expect(response.status).toBe(200);
  return response.text();
}

/** The map view, as the explorer draws it, exported from the dialog at each width. */
async function svgsOfMapView(): Promise<Record<string, string>> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 860 } });
  const page = await context.newPage();
  await page.goto(`${inject("atlas").baseUrl}/?layout=geo`);
  await waitUntilReady(page);
  const { lat, lon } = await page.evaluate(() => window.__atlas!.store.getState().graph.getNodeAttributes("athens"));
  const target = project(lon!, lat!);
  await page.waitForFunction(
    ([x, y]) => {
      const a = window.__atlas!.store.getState().graph.getNodeAttributes("athens");
      return Math.abs(a.x - x!) < 0.01 && Math.abs(a.y - y!) < 0.01;
    },
    [target.x, target.y],
  );
  const svgs: Record<string, string> = {};
  for (const width of WIDTHS) {
    await page.getByTestId("export").click();
    await page.getByTestId("export-format").selectOption("svg");
    await page.getByTestId("export-width").selectOption(width);
    const download = page.waitForEvent("download");
    await page.getByTestId("export-download").click();
    svgs[width] = readFileSync((await (await download).path())!, "utf8");
  }
  await context.close();
  return svgs;
}

interface Measured {
  page: { width: number; height: number };
  texts: Array<{ text: string; x0: number; y0: number; x1: number; y1: number; fontSize: number }>;
}

async function measure(page: Page, svg: string): Promise<Measured> {
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() => {
    const root = document.querySelector("svg")!;
    const frame = root.getBoundingClientRect();
    return {
      page: { width: frame.width, height: frame.height },
      texts: [...root.querySelectorAll("text")].map((t) => {
        const r = t.getBoundingClientRect();
        return {
          text: t.textContent ?? "",
          x0: r.left - frame.left,
          y0: r.top - frame.top,
          x1: r.right - frame.left,
          y1: r.bottom - frame.top,
          // In the SVG's user unit (font sizes are not scaled by the viewBox), the point on paper.
          fontSize: Number.parseFloat(getComputedStyle(t).fontSize),
        };
      }),
    };
  });
}

function expectReadable({ page, texts }: Measured, name: string): void {
  expect(texts.length, name).toBeGreaterThan(10);
  for (const t of texts) {
    expect(t.fontSize, `${name}: "${t.text}"`).toBeGreaterThanOrEqual(6);
    expect(
      t.x0 >= 0 && t.y0 >= 0 && t.x1 <= page.width && t.y1 <= page.height,
      `${name}: "${t.text}" leaves the page`,
    ).toBe(true);
  }
  for (const [i, a] of texts.entries())
    for (const b of texts.slice(i + 1))
      expect(
        a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1,
        `${name}: "${a.text}" overlaps "${b.text}"`,
      ).toBe(false);
}

describe("figures, measured in Chromium", () => {
  it("keep every text inside the page and apart, at 85 mm, 175 mm and A4", { timeout: 240_000 }, async () => {
    const figures: Record<string, string> = {};
    for (const width of WIDTHS) {
      figures[`whole-${width}`] = await svgFromApi({ all: true }, width);
      figures[`subset-${width}`] = await svgFromApi({ ids: SUBSET }, width);
    }
    for (const [width, svg] of Object.entries(await svgsOfMapView())) figures[`map-${width}`] = svg;
    figures["subset-85mm-grayscale"] = await svgFromApi({ ids: SUBSET, grayscale: true }, "85mm");

    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    const dir = path.join(screenshotsDir, "figures");
    mkdirSync(dir, { recursive: true });
    for (const [name, svg] of Object.entries(figures)) {
      writeFileSync(path.join(dir, `${name}.svg`), svg);
      const measured = await measure(page, svg);
      await page.locator("svg").screenshot({ path: path.join(dir, `${name}.png`) });
      expectReadable(measured, name);
      // The map frames the actors drawn: nodes reach both sides of the page, not one corner,
      // over the country outlines the explorer shows.
      if (name.startsWith("map-")) {
        expect(svg, name).toMatch(/<path class="countries" d="M/);
        const xs = [...svg.matchAll(/<circle cx="([\d.]+)"[^>]*><title>/g)].map((m) => Number(m[1]));
        const width = Number(/viewBox="0 0 ([\d.]+)/.exec(svg)![1]);
        expect(Math.max(...xs) - Math.min(...xs), name).toBeGreaterThan(0.8 * width);
      }
    }
    await page.close();
  });
});
