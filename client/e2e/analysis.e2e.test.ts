/**
 * Analysis in a real browser against the seeded server: sizing by PageRank and colouring by
 * community change what sigma draws and what the legend says; the data table sorts by PageRank
 * and shares its selection with the graph; the choices come back from the URL after a reload.
 * Assertions compare sigma's drawn attributes (window.__atlas) with the metrics the worker
 * answered, and read the legend's and the table's DOM. Screenshots go to client/test/screenshots/.
 */
import { parse } from "csv-parse/sync";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, saveScreenshot, waitUntilReady, openExplorer as openShared } from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const openExplorer = (query = "") => openShared(browser, query, { viewport: { width: 1400, height: 900 } });

/** Each actor shown: what sigma draws and the worker's metrics for it (null until computed). */
function drawn(page: Page) {
  return page.evaluate(() => {
    const { sigma, store, visibility } = window.__atlas!;
    const { metrics, appearance } = store.getState();
    const result = metrics.result;
    const index = new Map(result?.nodes.map((id, i) => [id, i]));
    return {
      ready: metrics.status === "ready",
      styled: appearance !== null && appearance.styles.size > 0,
      nodes: [...visibility().nodes].map((id) => {
        const i = index.get(id);
        const display = sigma.getNodeDisplayData(id)!;
        return {
          id,
          size: display.size,
          color: display.color,
          pagerank: i === undefined ? null : (result!.values.pagerank?.[i] ?? null),
          community: i === undefined ? null : (result!.values.community?.[i] ?? null),
        };
      }),
    };
  });
}

/** Waits until the worker answered for the current view and the styles follow from it. */
async function waitForStyles(page: Page) {
  await expect
    .poll(async () => {
      const state = await drawn(page);
      return state.ready && state.styled && state.nodes.every((n) => n.pagerank !== null);
    })
    .toBe(true);
  return drawn(page);
}

const shownNumber = (value: number) =>
  Number.isInteger(value) ? String(value) : Number(value.toPrecision(4)).toString();

describe("analysis", () => {
  it("sizes by PageRank and colours by community, in the graph and in the legend", async () => {
    const { page, errors } = await openExplorer();
    const before = await drawn(page);
    await page.getByTestId("size-by").selectOption("pagerank");
    await page.getByTestId("colour-by").selectOption("community");
    const after = await waitForStyles(page);

    // Size grows with PageRank: the order of sizes is the order of ranks.
    const byRank = [...after.nodes].sort((a, b) => a.pagerank! - b.pagerank!);
    for (let i = 1; i < byRank.length; i++) expect(byRank[i]!.size).toBeGreaterThanOrEqual(byRank[i - 1]!.size);
    expect(after.nodes.map((n) => n.size)).not.toEqual(before.nodes.map((n) => n.size));
    const ranks = after.nodes.map((n) => n.pagerank!);
    await expect.poll(() => page.getByTestId("legend-size").textContent()).toContain("Size: PageRank");
    expect(await page.getByTestId("legend-size-min").textContent()).toBe(shownNumber(Math.min(...ranks)));
    expect(await page.getByTestId("legend-size-max").textContent()).toBe(shownNumber(Math.max(...ranks)));

    // One colour per community, and the legend's swatch for each says which.
    const legend = await page
      .getByTestId("legend-categories")
      .locator("li")
      .evaluateAll((items) =>
        items.map((li) => ({
          label: li.querySelector(".label-text")!.textContent!,
          color: getComputedStyle(li.querySelector(".swatch")!).backgroundColor,
          count: Number(li.querySelector(".count")!.textContent),
        })),
      );
    const communities = new Map<number, number>();
    for (const n of after.nodes) communities.set(n.community!, (communities.get(n.community!) ?? 0) + 1);
    expect(legend.length).toBe(Math.min(communities.size, 10));
    expect(legend.reduce((sum, item) => sum + item.count, 0)).toBe(after.nodes.length);
    const toRgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;
    for (const node of after.nodes) {
      const item = legend.find((l) => l.label === `Community ${node.community}`);
      if (item) expect(toRgb(node.color)).toBe(item.color);
    }
    expect(new Set(after.nodes.map((n) => n.color)).size).toBe(Math.min(communities.size, 10));
    expect(new Set(after.nodes.map((n) => n.color))).not.toEqual(new Set(before.nodes.map((n) => n.color)));

    await expect.poll(() => page.url()).toMatch(/size=pagerank.*colour=community|colour=community.*size=pagerank/);
    await saveScreenshot(page, "analysis-pagerank-community");

    // The exported figure is drawn as the view is, and its legend says what the colours mean.
    await page.getByTestId("export").click();
    await page.getByTestId("export-format").selectOption("svg");
    const request = page.waitForRequest((r) => r.url().endsWith("/api/export") && r.method() === "POST");
    const download = page.waitForEvent("download");
    await page.getByTestId("export-download").click();
    const body = (await request).postDataJSON() as {
      positions: Record<string, { size: number; color: string }>;
      colourKey: { title: string; items: Array<{ label: string; color: string }> };
    };
    for (const node of after.nodes)
      expect(body.positions[node.id]).toMatchObject({ size: node.size, color: node.color });
    expect(body.colourKey.title).toBe("Community");
    const svg = readFileSync((await (await download).path())!, "utf8");
    expect(svg).toContain("Colour: Community:");
    expect(svg).toContain(`${legend[0]!.label} (${legend[0]!.count})`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("sorts the data table by PageRank and shares the selection with the graph", async () => {
    const { page, errors } = await openExplorer();
    await page.getByTestId("toggle-table").click();
    const table = page.getByTestId("data-table");
    await expect.poll(() => table.getByTestId("table-row").count()).toBeGreaterThan(5);
    await expect.poll(async () => (await drawn(page)).ready).toBe(true);

    // Ascending, then descending: the second click sorts from the highest rank.
    await table.getByTestId("table-sort-pagerank").click();
    await table.getByTestId("table-sort-pagerank").click();
    await expect
      .poll(() => table.getByTestId("table-sort-pagerank").locator("..").getAttribute("aria-sort"))
      .toBe("descending");
    const ids = await table.getByTestId("table-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-id")!));
    const { nodes } = await drawn(page);
    const rankOf = new Map(nodes.map((n) => [n.id, n.pagerank!]));
    const ranks = ids.map((id) => rankOf.get(id)!);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(ids[0]).toBe([...nodes].sort((a, b) => b.pagerank! - a.pagerank!)[0]!.id);

    // Row → graph: the actor is selected, highlighted by sigma, and its details open.
    const second = table.locator(`[data-id="${ids[1]}"]`);
    await second.click();
    await expect.poll(() => page.evaluate(() => window.__atlas!.store.getState().selected)).toBe(ids[1]);
    expect(await page.evaluate((id) => window.__atlas!.sigma.getNodeDisplayData(id)!.highlighted, ids[1])).toBe(true);
    await expect.poll(() => second.getAttribute("aria-selected")).toBe("true");
    await expect.poll(() => page.getByTestId("details").count()).toBe(1);

    // Graph → row: the actor with the lowest rank, in the table's last rows (not rendered until
    // scrolled to), selected in the graph, is scrolled into view.
    const last = [...nodes].sort((a, b) => a.pagerank! - b.pagerank!)[0]!.id;
    expect(ids).not.toContain(last);
    await page.evaluate((id) => window.__atlas!.store.getState().select(id), last);
    const row = table.locator(`[data-id="${last}"]`);
    await expect.poll(() => row.getAttribute("aria-selected")).toBe("true");
    await expect
      .poll(async () => {
        const [rowBox, tableBox] = [await row.boundingBox(), await table.boundingBox()];
        return (
          rowBox !== null &&
          tableBox !== null &&
          rowBox.y >= tableBox.y &&
          rowBox.y + rowBox.height <= tableBox.y + tableBox.height
        );
      })
      .toBe(true);
    await expect.poll(() => page.url()).toContain("table=1");

    // The CSV holds every row as sorted, each metric with every digit, read back strictly.
    const download = page.waitForEvent("download");
    await table.getByTestId("table-download-csv").click();
    const records = parse(readFileSync((await (await download).path())!), { columns: true }) as Array<
      Record<string, string>
    >;
    expect(records).toHaveLength(nodes.length);
    expect(records.map((r) => r.id).slice(0, 3)).toEqual(ids.slice(0, 3));
    expect(Number(records[0]!.pagerank)).toBe(rankOf.get(ids[0]!));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("restores size, colour and the open table from the URL after a reload", async () => {
    const { page, errors } = await openExplorer("?size=pagerank&colour=community&table=1");
    const first = await waitForStyles(page);
    await page.reload();
    await waitUntilReady(page);
    const again = await waitForStyles(page);
    expect(
      await page.evaluate(() => {
        const { sizeBy, colourBy, tableOpen } = window.__atlas!.store.getState();
        return { sizeBy, colourBy, tableOpen };
      }),
    ).toEqual({ sizeBy: "pagerank", colourBy: "community", tableOpen: true });
    expect(await page.getByTestId("size-by").inputValue()).toBe("pagerank");
    expect(await page.getByTestId("colour-by").inputValue()).toBe("community");
    await expect.poll(() => page.getByTestId("data-table").getByTestId("table-row").count()).toBeGreaterThan(5);
    // Seeded Louvain: the same view draws the same sizes and colours.
    expect(again.nodes).toEqual(first.nodes);

    // The figure for the README: the highest PageRank first.
    const table = page.getByTestId("data-table");
    await table.getByTestId("table-sort-pagerank").click();
    await table.getByTestId("table-sort-pagerank").click();
    await expect
      .poll(() => table.getByTestId("table-sort-pagerank").locator("..").getAttribute("aria-sort"))
      .toBe("descending");
    await table.locator(".data-table").evaluate((element) => (element.scrollLeft = 0));
    await saveScreenshot(page, "analysis-table");
    expect(errors).toEqual([]);
    await page.close();
  });
});
