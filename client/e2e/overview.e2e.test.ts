/**
 * The explorer on a graph too large to draw whole: it starts from the overview (groups of actors
 * by type and country, links counting collaborations) and loads a group's actors on demand. The
 * seed is small, so `?overviewAbove=100` makes it count as large.
 */
import { strFromU8, unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEADLINE_MS, openPage, collectErrors, launchBrowser, saveScreenshot, waitUntilReady } from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function openOverview(): Promise<{ page: Page; errors: string[] }> {
  const page = await openPage(browser, { viewport: { width: 1400, height: 860 } });
  const errors = collectErrors(page);
  await page.goto(`${inject("atlas").baseUrl}/?overviewAbove=100`);
  await waitUntilReady(page);
  return { page, errors };
}

function graphState(page: Page) {
  return page.evaluate(() => {
    const { graph, selected } = window.__atlas!.store.getState();
    return {
      nodes: graph.mapNodes((id, a) => ({ id, type: a.actorType, country: a.country, group: a.group ?? null })),
      edges: graph.mapEdges((id, a, source, target) => ({ id, relType: a.relType, count: a.count, source, target })),
      selected,
    };
  });
}

async function loadGroup(page: Page, groupId: string) {
  await page.evaluate((id) => window.__atlas!.store.getState().select(id), groupId);
  await page.getByTestId("expand-group").click();
  await expect
    .poll(async () => (await graphState(page)).nodes.some((n) => n.id === groupId), { timeout: DEADLINE_MS })
    .toBe(false);
}

describe("overview of a large graph", () => {
  it("starts from groups by type and country whose counts add up to the whole graph", async () => {
    const { page, errors } = await openOverview();
    const { seed } = inject("atlas");
    await expect
      .poll(() => page.getByTestId("overview-summary").textContent())
      .toContain(`Overview of ${seed.actors} actors and ${seed.relationships} collaborations`);
    const state = await graphState(page);
    expect(state.nodes.every((n) => n.group !== null)).toBe(true);
    expect(state.nodes.reduce((sum, n) => sum + n.group!.actors, 0)).toBe(seed.actors);
    const cityDe = state.nodes.find((n) => n.id === "City|DE")!;
    expect(cityDe.group).toEqual({ type: "City", country: "DE", actors: 9, shown: 0 });
    expect(state.edges.length).toBeGreaterThan(10);
    expect(state.edges.every((e) => e.relType === "GROUP_LINK" && e.count! > 0 && e.source !== e.target)).toBe(true);
    // Links within a group are not drawn, so the drawn counts stay below the total.
    const drawn = state.edges.reduce((sum, e) => sum + e.count!, 0);
    expect(drawn).toBeGreaterThan(seed.relationships / 2);
    expect(drawn).toBeLessThanOrEqual(seed.relationships);
    await saveScreenshot(page, "overview-groups");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("loads a group's actors on demand, with their collaborations to actors already shown", async () => {
    const { page, errors } = await openOverview();
    await page.evaluate(() => window.__atlas!.store.getState().select("City|DE"));
    await expect.poll(() => page.getByTestId("group-counts").textContent()).toContain("9 actors, 0 shown");
    await loadGroup(page, "City|DE");
    let state = await graphState(page);
    const germanCities = state.nodes.filter((n) => n.group === null);
    expect(germanCities).toHaveLength(9);
    expect(germanCities.every((n) => n.type === "City" && n.country === "DE")).toBe(true);
    expect(germanCities.map((n) => n.id)).toContain("bremen");

    // Mayors inherit their city's country (docs/data-model.md), so Bremen's sits in Person|DE.
    const germans = state.nodes.find((n) => n.id === "Person|DE")!.group!.actors;
    await loadGroup(page, "Person|DE");
    state = await graphState(page);
    expect(state.nodes.filter((n) => n.group === null)).toHaveLength(9 + germans);
    expect(state.edges).toContainEqual(
      expect.objectContaining({ relType: "MAYOR_OF", source: "carsten-sieling", target: "bremen" }),
    );
    await saveScreenshot(page, "overview-expanded");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("exports the actors loaded, not the groups, and records the groups in the view URL", async () => {
    const page = await openPage(browser, { acceptDownloads: true, viewport: { width: 1400, height: 860 } });
    await page.goto(`${inject("atlas").baseUrl}/?overviewAbove=100`);
    await waitUntilReady(page);
    await loadGroup(page, "City|DE");
    await page.getByTestId("export").click();
    await expect.poll(() => page.getByTestId("export-dialog").textContent()).toContain("Exports the 9 actors");
    await expect.poll(() => page.getByTestId("export-dialog").textContent()).toContain("groups are not exported");
    const download = page.waitForEvent("download");
    await page.getByTestId("export-download").click();
    const zip = unzipSync(new Uint8Array(readFileSync((await (await download).path())!)));
    const manifest = JSON.parse(strFromU8(zip["manifest.json"]!));
    expect(manifest.counts.nodes).toBe(9);
    expect(manifest.selection.viewUrl).toContain("groups=City");
    const graph = JSON.parse(strFromU8(zip["graph.json"]!));
    expect(graph.nodes.map((n: { key: string }) => n.key)).toContain("bremen");
    await page.context().close();
  });

  it("draws every actor on request, leaving the overview", async () => {
    const { page, errors } = await openOverview();
    await page.getByTestId("draw-all").click();
    const { seed } = inject("atlas");
    await expect
      .poll(() => page.getByTestId("summary").textContent(), { timeout: DEADLINE_MS })
      .toContain(`${seed.actors} of ${seed.actors} actors`);
    const state = await graphState(page);
    expect(state.nodes.some((n) => n.group !== null)).toBe(false);
    expect(state.edges).toHaveLength(seed.relationships);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shares an overview view: its URL reopens the same groups' actors and the selection", async () => {
    const { page, errors } = await openOverview();
    const germans = (await graphState(page)).nodes.find((n) => n.id === "Person|DE")!.group!.actors;
    await loadGroup(page, "Person|DE");
    await page.evaluate(() => window.__atlas!.store.getState().select("carsten-sieling"));
    await expect.poll(() => page.url()).toContain("sel=carsten-sieling");
    const url = page.url();
    expect(new URL(url).searchParams.get("groups")).toBe("Person|DE~1");
    expect(new URL(url).searchParams.get("overviewAbove")).toBe("100");
    await page.close();

    const fresh = await openPage(browser, { viewport: { width: 1400, height: 860 } });
    const freshErrors = collectErrors(fresh);
    await fresh.goto(url);
    await waitUntilReady(fresh);
    const state = await graphState(fresh);
    expect(state.selected).toBe("carsten-sieling");
    expect(state.nodes.filter((n) => n.group === null && n.type === "Person")).toHaveLength(germans);
    expect(state.nodes.some((n) => n.id === "Person|DE")).toBe(false);
    await expect.poll(() => fresh.getByTestId("details").locator("h2").textContent()).toBe("Carsten Sieling");
    expect([...errors, ...freshErrors]).toEqual([]);
    await fresh.close();
  });

  it("jumps to a searched actor that no group has loaded yet, with its neighbours", async () => {
    const { page, errors } = await openOverview();
    await page.getByTestId("search").fill("thessa");
    const results = page.getByTestId("search-results");
    await expect.poll(() => results.textContent()).toContain("Thessaloniki");
    await results
      .locator("[role=option]", { hasText: /^Thessaloniki/ })
      .first()
      .click();
    await expect.poll(async () => (await graphState(page)).selected).toBe("thessaloniki");
    const state = await graphState(page);
    expect(state.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(["thessaloniki", "amsterdam", "zurich"]));
    await expect.poll(() => page.getByTestId("details").locator("h2").textContent()).toBe("Thessaloniki");
    expect(errors).toEqual([]);
    await page.close();
  });
});
