/**
 * Export from the explorer: what is drawn is what is exported. The view is filtered (one
 * relationship type, a year range without undated relationships, a removed actor), then
 * GraphML and CSV from the dialog hold exactly the drawn actors and relationships; in overview
 * mode, the actors loaded (groups are counted in the manifest, not exported).
 */
import { strFromU8, unzipSync } from "fflate";
import { parse } from "csv-parse/sync";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, saveScreenshot, waitUntilReady } from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(path: string): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 860 } });
  const page = await context.newPage();
  await page.goto(`${inject("atlas").baseUrl}${path}`);
  await waitUntilReady(page);
  return page;
}

/** The actors (not overview groups) and relationships drawn now. */
function drawn(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => {
    const graph = window.__atlas!.store.getState().graph;
    const { nodes, edges } = window.__atlas!.visibility();
    return {
      nodes: [...nodes].filter((n) => !graph.getNodeAttribute(n, "group")).sort(),
      edges: [...edges].filter((e) => graph.getEdgeAttribute(e, "relType") !== "GROUP_LINK").sort(),
    };
  });
}

/** Downloads the chosen format from the open export dialog (which then closes); a ZIP comes back unpacked. */
async function download(page: Page, format: string): Promise<Record<string, Buffer>> {
  await page.getByTestId("export-format").selectOption(format);
  const event = page.waitForEvent("download");
  await page.getByTestId("export-download").click();
  const bytes = readFileSync((await (await event).path())!);
  const name = (await event).suggestedFilename();
  if (!name.endsWith(".zip")) return { [name]: bytes };
  return Object.fromEntries(Object.entries(unzipSync(new Uint8Array(bytes))).map(([n, b]) => [n, Buffer.from(b)]));
}

async function exportFromDialog(page: Page, format: string): Promise<Record<string, Buffer>> {
  await page.getByTestId("export").click();
  return download(page, format);
}

/** Relationship types that have relationships started or reported in 2015–2018 in the seed data. */
const TYPES = ["FOUNDED", "PARTICIPATES_IN", "MAYOR_OF", "COORDINATES"];

const csvIds = (text: Buffer) => (parse(text, { columns: true }) as Array<{ id: string }>).map((r) => r.id).sort();

describe("export from the explorer", () => {
  it("exports exactly the filtered view, with a removed actor, as GraphML and CSV", async () => {
    const page = await open(`/?rels=${TYPES.join(",")}&years=2015-2018&undated=0`);
    // The filters apply once the view has drawn: wait for that, not for a guessed time.
    await page.waitForFunction(() => window.__atlas!.visibility().edges.size > 0);
    const before = await drawn(page);
    expect(before.edges.length).toBeGreaterThan(5);
    const removed = before.nodes.find((id) => !id.includes("eurocities"))!;
    await page.evaluate((id) => window.__atlas!.store.getState().select(id), removed);
    await page.getByTestId("remove").click();
    await page.waitForFunction((id) => !window.__atlas!.visibility().nodes.has(id), removed);
    const view = await drawn(page);
    // The timeline reads the year a relationship started, else the year it was reported.
    const kinds = await page.evaluate((edges) => {
      const graph = window.__atlas!.store.getState().graph;
      return edges.map((e) => {
        const { relType, year, reportedYear, until } = graph.getEdgeAttributes(e);
        const start = year ?? reportedYear ?? null;
        return [relType, start, until ?? start] as const;
      });
    }, view.edges);
    // Present in the range: started by its end, and lasted (or began) into it.
    for (const [type, start, end] of kinds) {
      expect(TYPES).toContain(type);
      expect(start).toBeLessThanOrEqual(2018);
      expect(end).toBeGreaterThanOrEqual(2015);
    }

    const graphml = strFromU8((await exportFromDialog(page, "graphml"))["graph.graphml"]!);
    expect([...graphml.matchAll(/<node id="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual(view.nodes);
    expect([...graphml.matchAll(/<edge id="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual(view.edges);

    const csv = await exportFromDialog(page, "csv");
    expect(csvIds(csv["nodes.csv"]!)).toEqual(view.nodes);
    expect(csvIds(csv["edges.csv"]!)).toEqual(view.edges);
    const manifest = JSON.parse(strFromU8(csv["manifest.json"]!));
    expect(manifest.selection.kind).toBe("view");
    for (const part of ["rels=FOUNDED", "years=2015-2018", "undated=0", "nodes="])
      expect(manifest.selection.viewUrl).toContain(part);
    expect(manifest.contents.actors.sort()).toEqual(view.nodes);
    expect(manifest.contents.relationships.sort()).toEqual(view.edges);
    expect(manifest.counts).toMatchObject({ nodes: view.nodes.length, edges: view.edges.length });
    await page.context().close();
  });

  it("in overview mode exports the actors loaded and drawn, and the manifest says groups are not", async () => {
    const page = await open("/?overviewAbove=100");
    await page.evaluate(() => window.__atlas!.store.getState().expandGroup("City|DE"));
    await page.waitForFunction(() => window.__atlas!.visibility().nodes.has("bremen"));
    const view = await drawn(page);
    const csv = await exportFromDialog(page, "csv");
    expect(csvIds(csv["nodes.csv"]!)).toEqual(view.nodes);
    expect(csvIds(csv["edges.csv"]!)).toEqual(view.edges);
    const manifest = JSON.parse(strFromU8(csv["manifest.json"]!));
    expect(manifest.selection.groupsNotExported).toBeGreaterThan(0);
    expect(manifest.notes.join(" ")).toMatch(/group nodes stand for many actors and are not exported/);
    await page.context().close();
  });

  it("downloads the focused view as a ZIP whose manifest records the view and whose data match it", async () => {
    const page = await open("/?sel=thessaloniki");
    await page.getByTestId("focus").click();
    const view = await drawn(page);
    await page.getByTestId("export").click();
    await page.getByTestId("export-title").fill("Thessaloniki and its partners");
    await page.getByTestId("export-width").selectOption("85mm");
    await saveScreenshot(page, "export-dialog");
    const zip = await download(page, "zip");
    const manifest = JSON.parse(strFromU8(zip["manifest.json"]!));
    expect(manifest.selection.kind).toBe("view");
    expect(manifest.selection.viewUrl).toContain("sel=thessaloniki");
    expect(manifest.selection.viewUrl).toContain("nodes=");
    expect(manifest.counts).toMatchObject({ nodes: view.nodes.length, edges: view.edges.length });
    expect(manifest.figure.width).toBe("85mm");
    expect(strFromU8(zip["figure.svg"]!)).toContain("Thessaloniki and its partners");
    const graph = JSON.parse(strFromU8(zip["graph.json"]!));
    expect(graph.nodes.map((n: { key: string }) => n.key).sort()).toEqual(view.nodes);
    expect(graph.edges.map((e: { key: string }) => e.key).sort()).toEqual(view.edges);
    expect(PNG.sync.read(zip["figure.png"]!).width).toBe(Math.round((85 / 25.4) * 300));
    await page.context().close();
  });

  it("downloads a single PNG at the chosen resolution over an A4 width", async () => {
    const page = await open("/");
    const files = await exportFromDialog(page, "png");
    expect(Object.keys(files)).toEqual(["figure.png"]);
    expect(PNG.sync.read(files["figure.png"]!).width).toBe(2480);
    await page.context().close();
  });
});
