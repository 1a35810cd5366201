/** One-click export of the current view from the browser: the download, its content and manifest. */
import { strFromU8, unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("export from the explorer", () => {
  it("downloads the focused view as a ZIP whose manifest records the view and whose data match it", async () => {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 860 } });
    const page = await context.newPage();
    await page.goto(`${inject("atlas").baseUrl}/?sel=thessaloniki`);
    await page.waitForFunction(() => window.__atlas?.store.getState().status === "ready");
    await page.getByTestId("focus").click();
    const shown = await page.evaluate(() => [...window.__atlas!.visibility().nodes].sort());
    await page.getByTestId("export").click();
    await page.getByTestId("export-title").fill("Thessaloniki and its partners");
    const download = page.waitForEvent("download");
    await page.getByTestId("export-download").click();
    const file = await (await download).path();
    const zip = unzipSync(new Uint8Array(readFileSync(file!)));
    const manifest = JSON.parse(strFromU8(zip["manifest.json"]!));
    expect(manifest.selection.kind).toBe("ids");
    expect(manifest.selection.viewUrl).toContain("sel=thessaloniki");
    expect(manifest.selection.viewUrl).toContain("nodes=");
    expect(manifest.counts.nodes).toBe(shown.length);
    expect(strFromU8(zip["figure.svg"]!)).toContain("Thessaloniki and its partners");
    const graph = JSON.parse(strFromU8(zip["graph.json"]!));
    expect(graph.nodes.map((n: { key: string }) => n.key).sort()).toEqual(shown);
    await context.close();
  });

  it("downloads a single PNG at the chosen resolution", async () => {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 860 } });
    const page = await context.newPage();
    await page.goto(`${inject("atlas").baseUrl}/`);
    await page.waitForFunction(() => window.__atlas?.store.getState().status === "ready");
    await page.getByTestId("export").click();
    await page.getByTestId("export-format").selectOption("png");
    const download = page.waitForEvent("download");
    await page.getByTestId("export-download").click();
    const file = await (await download).path();
    expect((await download).suggestedFilename()).toBe("figure.png");
    const png = PNG.sync.read(readFileSync(file!));
    expect(png.width).toBe(2480);
    await context.close();
  });
});
