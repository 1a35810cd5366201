/**
 * The explorer in a real browser against the seeded server: search, details with evidence,
 * exploration steps with undo/redo, shortest path, every filter, the year slider, the map
 * layout, URL restore and the error state. Assertions read the graph state the page exposes
 * (window.__atlas) and the DOM; screenshots go to client/test/screenshots/.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  DEADLINE_MS,
  openPage,
  launchBrowser,
  nonBackgroundShare,
  saveScreenshot,
  waitUntilReady,
  openExplorer as openShared,
  waitUntilSettled,
} from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const openExplorer = (query = "") => openShared(browser, query);

/** Plain data about what is shown, read inside the page. */
function shown(page: Page) {
  return page.evaluate(() => {
    const { store, visibility } = window.__atlas!;
    const { graph, selected, subset, path, filters, layout } = store.getState();
    const v = visibility();
    const nodes = [...v.nodes].map((id) => ({ id, ...graph.getNodeAttributes(id) }));
    const edges = [...v.edges].map((id) => ({ id, ...graph.getEdgeAttributes(id) }));
    return {
      order: graph.order,
      size: graph.size,
      nodes,
      edges,
      selected,
      subset: subset ? [...subset].sort() : null,
      path,
      filters,
      layout,
    };
  });
}

describe("explorer", () => {
  it("draws the whole seeded graph, coloured by type, without console errors", async () => {
    const { page, errors } = await openExplorer();
    const state = await shown(page);
    expect(state.order).toBe(inject("atlas").seed.actors);
    expect(state.size).toBe(inject("atlas").seed.relationships);
    expect(new Set(state.nodes.map((n) => n.color)).size).toBe(7);
    await expect
      .poll(() => page.getByTestId("summary").textContent())
      .toContain(`${state.order} of ${state.order} actors`);
    const graphArea = await page.getByTestId("graph-view").screenshot();
    expect(nonBackgroundShare(graphArea)).toBeGreaterThan(0.01);
    await saveScreenshot(page, "explorer-overview");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("searches by name prefix, jumps to the actor and shows its details with evidence", async () => {
    const { page, errors } = await openExplorer();
    await page.getByTestId("search").fill("thessa");
    const results = page.getByTestId("search-results");
    await expect.poll(() => results.textContent()).toContain("Thessaloniki");
    const options = await results.locator("[role=option]").allTextContents();
    await page.getByTestId("search").press(`ArrowDown`);
    const index = options.findIndex((o) => o.startsWith("Thessaloniki"));
    await page.getByTestId("search").press("ArrowUp");
    for (let i = 0; i < index; i++) await page.getByTestId("search").press("ArrowDown");
    await page.getByTestId("search").press("Enter");
    await expect.poll(async () => (await shown(page)).selected).toBe("thessaloniki");
    await expect.poll(() => page.url()).toContain("sel=thessaloniki");

    const details = page.getByTestId("details");
    await expect.poll(() => details.locator("h2").textContent()).toBe("Thessaloniki");
    await expect.poll(() => details.getByTestId("relationship").count()).toBeGreaterThan(5);
    const firstEvidence = details.getByTestId("relationships").locator("blockquote").first();
    expect(await firstEvidence.textContent()).toMatch(
      /“.+”.*(Eurocities|Migration Policy Institute|URBACT|Soli\*City)/,
    );
    await saveScreenshot(page, "explorer-details");

    // A neighbour in the list moves the selection there.
    await details.getByRole("button", { name: "Amsterdam", exact: true }).first().click();
    await expect.poll(async () => (await shown(page)).selected).toBe("amsterdam");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("focuses, removes, expands, and undoes and redoes those steps", async () => {
    const { page } = await openExplorer("?sel=bremen");
    await page.getByTestId("focus").click();
    const focused = await shown(page);
    const neighbours = await page.evaluate(() => window.__atlas!.store.getState().graph.neighbors("bremen"));
    expect(focused.subset).toEqual(["bremen", ...neighbours].sort());
    expect(focused.nodes.length).toBe(neighbours.length + 1);

    const victim = neighbours.sort()[0]!;
    await page.evaluate((id) => window.__atlas!.store.getState().remove(id), victim);
    expect((await shown(page)).subset).not.toContain(victim);

    await page.getByTestId("undo").click();
    expect((await shown(page)).subset).toContain(victim);
    await page.getByTestId("redo").click();
    expect((await shown(page)).subset).not.toContain(victim);

    const before = (await shown(page)).nodes.length;
    await page.getByTestId("expand-2").click();
    await expect.poll(async () => (await shown(page)).nodes.length).toBeGreaterThan(before);
    await page.getByTestId("undo").click();
    await expect.poll(async () => (await shown(page)).nodes.length).toBe(before);
    await page.getByTestId("show-all").click();
    expect((await shown(page)).subset).toBeNull();
    await page.close();
  });

  it("highlights the shortest path between two actors", async () => {
    const { page } = await openExplorer("?sel=carsten-sieling");
    await page.getByTestId("path-search").fill("unhcr");
    await expect.poll(() => page.getByTestId("path-search-results").textContent()).toContain("UNHCR");
    await page.getByTestId("path-search").press("Enter");
    await page.getByTestId("find-path").click();
    await expect.poll(async () => (await shown(page)).path?.nodes.length ?? 0).toBeGreaterThan(2);
    const { path } = await shown(page);
    expect(path!.nodes).toContain("carsten-sieling");
    expect(path!.nodes).toContain("unhcr");
    expect(path!.edges.length).toBeGreaterThanOrEqual(path!.nodes.length - 1);
    await expect.poll(() => page.url()).toContain("path=carsten-sieling%2Cunhcr");
    await saveScreenshot(page, "explorer-path");
    await page.getByTestId("clear-path").click();
    expect((await shown(page)).path).toBeNull();
    await page.close();
  });

  it("filters by actor type, relationship type, document and country, with counts", async () => {
    const { page } = await openExplorer();
    const all = await shown(page);

    await page.getByTestId("filter-types").locator("input[value=Person]").uncheck();
    let state = await shown(page);
    expect(state.nodes.some((n) => n.actorType === "Person")).toBe(false);
    expect(state.nodes.length).toBe(all.nodes.filter((n) => n.actorType !== "Person").length);
    await expect
      .poll(() => page.getByTestId("summary").textContent())
      .toContain(`${state.nodes.length} of ${all.order} actors`);
    expect(await page.getByTestId("filter-types").textContent()).toMatch(/Person0\/\d+/);

    await page.getByTestId("reset-filters").click();
    await page.getByTestId("filter-relTypes").locator("input[value=WORKS_FOR]").uncheck();
    state = await shown(page);
    expect(state.edges.some((e) => e.relType === "WORKS_FOR")).toBe(false);
    expect(state.edges.length).toBe(all.edges.filter((e) => e.relType !== "WORKS_FOR").length);

    await page.getByTestId("reset-filters").click();
    await page.getByTestId("filter-sources").locator("input[value='002_7b751642ae57aecf.txt']").uncheck();
    state = await shown(page);
    expect(state.edges.every((e) => e.sources.some((s: string) => s !== "002_7b751642ae57aecf.txt"))).toBe(true);
    expect(state.edges.length).toBeLessThan(all.edges.length);

    await page.getByTestId("reset-filters").click();
    await page.getByTestId("filter-countries").locator("input[value=DE]").uncheck();
    state = await shown(page);
    expect(state.nodes.some((n) => n.country === "DE")).toBe(false);
    expect(state.nodes.length).toBe(all.nodes.filter((n) => n.country !== "DE").length);
    await expect.poll(() => page.url()).toContain("countries=");
    await page.close();
  });

  it("draws hedged relationships in their own colour and filters them by status", async () => {
    const { page } = await openExplorer();
    const all = await shown(page);
    const hedged = all.edges.filter((e) => e.status !== null);
    expect(hedged.length).toBeGreaterThan(0);
    const stated = all.edges.find((e) => e.status === null)!;
    expect(hedged.every((e) => e.color !== stated.color)).toBe(true);
    await expect.poll(() => page.getByTestId("legend").textContent()).toContain("planned or proposed relationship");

    await page.getByTestId("filter-statuses").locator("input[value=actual]").uncheck();
    const state = await shown(page);
    expect(state.edges.length).toBe(hedged.length);
    expect(state.edges.every((e) => e.status !== null)).toBe(true);
    await expect.poll(() => page.url()).toContain("status=");
    await page.close();
  });

  it("shows the network growing with the year slider", async () => {
    const { page } = await openExplorer();
    const all = await shown(page);
    const years = all.edges.map((e) => e.year).filter((y): y is number => y !== null);
    const cut = 2015;
    await page.getByTestId("include-undated").uncheck();
    await page.getByTestId("year-to").fill(String(cut));
    await expect.poll(async () => (await shown(page)).filters.years?.[1]).toBe(cut);
    const early = await shown(page);
    expect(early.edges.length).toBeGreaterThan(0);
    for (const edge of early.edges) expect(edge.year).toBeLessThanOrEqual(cut);
    expect(early.edges.length).toBe(years.filter((y) => y <= cut).length);

    await page.getByTestId("year-to").fill(String(Math.max(...years)));
    const later = await shown(page);
    expect(later.edges.length).toBeGreaterThan(early.edges.length);
    expect(later.nodes.length).toBeGreaterThan(early.nodes.length);
    await saveScreenshot(page, "explorer-years");
    await page.close();
  });

  it("places cities at their coordinates over a country map", async () => {
    const { page, errors } = await openExplorer();
    await page.getByTestId("layout-geo").click();
    await page.getByTestId("map-layer").waitFor();
    await waitUntilSettled(page);
    const position = (id: string) =>
      page.evaluate((node) => {
        const { x, y } = window.__atlas!.store.getState().graph.getNodeAttributes(node);
        return { x, y };
      }, id);
    const [athens, berlin, barcelona, gdansk] = await Promise.all(
      ["athens", "berlin", "barcelona", "gdansk"].map(position),
    );
    expect(athens!.x).toBeGreaterThan(barcelona!.x);
    expect(berlin!.y).toBeGreaterThan(athens!.y);
    expect(gdansk!.y).toBeGreaterThan(berlin!.y);
    const map = await page.getByTestId("map-layer").screenshot();
    expect(nonBackgroundShare(map)).toBeGreaterThan(0.05);
    await saveScreenshot(page, "explorer-map");
    await expect.poll(() => page.url()).toContain("layout=geo");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("restores the whole view from its URL in a fresh browser", async () => {
    const { page } = await openExplorer("?sel=athens");
    await page.getByTestId("focus").click();
    await page.getByTestId("filter-types").locator("input[value=Person]").uncheck();
    await page.getByTestId("layout-geo").click();
    // The switch animates the nodes, then resets the camera: move the camera only after that.
    await waitUntilSettled(page);
    await page.evaluate(() => window.__atlas!.sigma.getCamera().setState({ x: 0.42, y: 0.58, ratio: 0.6 }));
    const original = await shown(page);
    await expect.poll(() => page.url(), { timeout: DEADLINE_MS }).toContain("cam=0.42%2C0.58%2C0.6");
    const url = page.url();
    expect(url).toContain("cam=0.42%2C0.58%2C0.6");
    await page.close();

    const fresh = await openPage(browser, { viewport: { width: 1400, height: 860 } });
    await fresh.goto(url);
    await waitUntilReady(fresh);
    const restored = await shown(fresh);
    expect(restored.selected).toBe("athens");
    expect(restored.subset).toEqual(original.subset);
    expect(restored.filters).toEqual(original.filters);
    expect(restored.layout).toBe("geo");
    expect(restored.nodes.map((n) => n.id).sort()).toEqual(original.nodes.map((n) => n.id).sort());
    await expect
      .poll(() => fresh.evaluate(() => window.__atlas!.sigma.getCamera().getState()))
      .toMatchObject({ x: 0.42, y: 0.58, ratio: 0.6 });
    await fresh.context().close();
  });

  it("says clearly when the server cannot be reached, and recovers on retry", async () => {
    const page = await openPage(browser);
    await page.route("**/graphql", (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/json",
        body: '{"errors":[{"message":"Neo4j is unavailable"}]}',
      }),
    );
    await page.goto(`${inject("atlas").baseUrl}/`);
    const alert = page.getByTestId("load-error");
    await expect.poll(() => alert.textContent()).toContain("Neo4j is unavailable");
    await page.unroute("**/graphql");
    await alert.getByRole("button", { name: "Retry" }).click();
    await waitUntilReady(page);
    await page.close();
  });
});
