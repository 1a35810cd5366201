/**
 * The explorer up close (issue 19): the path panel against the server's own answer, filters in
 * the undo history, a facet's "only", and the map that frames Europe and draws no actor at an
 * invented place. Screenshots go to client/test/screenshots/.
 */
import { RELATIONSHIP_TYPES, toPlainQuote } from "@atlas/model";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphqlRequest } from "../../test/neo4jForTests.ts";
import {
  launchBrowser,
  openPage,
  saveScreenshot,
  waitUntilReady,
  openExplorer as openShared,
  waitUntilSettled,
} from "./browser.ts";
import { readMap } from "./mapReading.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const openExplorer = (query = "") => openShared(browser, query);

const historyLength = (page: Page) => page.evaluate(() => window.__atlas!.store.getState().history.past.length);

const pending = (page: Page) => page.evaluate(() => window.__atlas!.store.getState().pending.length);

interface ServerPath {
  length: number;
  nodes: string[];
  steps: Array<{ relationship: string; forward: boolean }>;
}
interface ServerEdge {
  id: string;
  type: string;
  year: number | null;
  until: number | null;
  evidence: Array<{ quote: string }>;
}

async function serverPaths(from: string, to: string) {
  const { body } = await graphqlRequest(
    `query($f: ID!, $t: ID!) { shortestPaths(from: $f, to: $t, k: 2, maxLength: 6) {
      paths { length nodes steps { relationship forward } } edges { id type year until evidence { quote } } } }`,
    { f: from, t: to },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.shortestPaths as { paths: ServerPath[]; edges: ServerEdge[] };
}

describe("the path panel", () => {
  it("lists each step of the Bremen–UNHCR path as the server answers, and the other paths", async () => {
    const expected = await serverPaths("bremen", "unhcr");
    const { page, errors } = await openExplorer("?sel=bremen");
    await page.getByTestId("path-search").fill("unhcr");
    await expect.poll(() => page.getByTestId("path-search-results").textContent()).toContain("UNHCR");
    await page.getByTestId("path-search").press("Enter");
    await page.getByTestId("find-path").click();
    const panel = page.getByTestId("path-panel");
    await panel.waitFor();

    const first = expected.paths[0]!;
    const steps = panel.getByTestId("path-step");
    await expect.poll(() => steps.count()).toBe(first.length);
    const edges = new Map(expected.edges.map((e) => [e.id, e]));
    for (const [i, step] of first.steps.entries()) {
      const row = steps.nth(i);
      const edge = edges.get(step.relationship)!;
      expect(await row.getAttribute("data-relationship")).toBe(step.relationship);
      const label = RELATIONSHIP_TYPES[edge.type as keyof typeof RELATIONSHIP_TYPES].label[step.forward ? "out" : "in"];
      expect(await row.getByTestId("path-step-label").textContent()).toBe(label);
      expect(await row.getByTestId("path-step-type").textContent()).toContain(edge.type);
      const year = edge.year ? (edge.until ? `${edge.year}–${edge.until}` : String(edge.year)) : "year not given";
      expect(await row.getByTestId("path-step-year").textContent()).toBe(year);
      const quotes = row.getByTestId("evidence");
      expect(await quotes.count()).toBe(edge.evidence.length);
      for (const [q, evidence] of edge.evidence.entries()) {
        expect(await quotes.nth(q).textContent()).toContain(toPlainQuote(evidence.quote));
      }
      expect(await row.getByTestId("open-passage").count()).toBe(edge.evidence.length);
    }

    const equal = expected.paths.filter((p) => p.length === first.length);
    const longer = expected.paths.filter((p) => p.length > first.length);
    expect(await panel.getByTestId("equal-path").count()).toBe(equal.length);
    expect(await panel.getByTestId("longer-path").count()).toBe(longer.length);
    // The figure shows the path and its panel; the details of Bremen would squeeze the graph.
    await page.getByRole("button", { name: "Close details" }).click();
    await waitUntilSettled(page);
    await page.getByRole("button", { name: "Fit what is shown" }).click();
    await waitUntilSettled(page);
    await saveScreenshot(page, "path-panel-bremen-unhcr");
    console.info(`Bremen–UNHCR: ${equal.length} of length ${first.length}, ${longer.length} one step longer`);

    // Choosing a longer path draws that path alone and lists its steps.
    if (longer.length > 0) {
      await panel.getByTestId("longer-path").first().click();
      await expect.poll(() => steps.count()).toBe(longer[0]!.length);
      const edges = longer[0]!.steps.map((s) => s.relationship);
      const drawn = () => page.evaluate(() => window.__atlas!.store.getState().path?.edges);
      expect(await drawn()).toEqual(edges);
      // The URL names the chosen path by its actors; a fresh page draws and lists that path again.
      await expect.poll(() => page.url()).toContain(`path=${longer[0]!.nodes.join("%2C")}`);
      const shared = await openPage(browser, { viewport: { width: 1400, height: 860 } });
      await shared.goto(page.url());
      await waitUntilReady(shared);
      await shared.getByTestId("path-panel").waitFor();
      await expect.poll(() => shared.evaluate(() => window.__atlas!.store.getState().path?.edges)).toEqual(edges);
      expect(await shared.getByTestId("path-step").count()).toBe(longer[0]!.length);
      await shared.context().close();
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("filters that behave", () => {
  it("undoes a filter change before an earlier Remove; Expand on the whole graph adds no step", async () => {
    const { page } = await openExplorer("?sel=athens");
    await page.getByTestId("expand-1").click();
    await expect.poll(() => pending(page)).toBe(0);
    expect(await historyLength(page)).toBe(0);

    await page.getByTestId("remove").click();
    await page.getByTestId("filter-types").locator("input[value=Person]").uncheck();
    const state = () =>
      page.evaluate(() => {
        const { filters, subset } = window.__atlas!.store.getState();
        return { types: filters.types, removed: subset !== null && !subset.has("athens") };
      });
    expect(await state()).toMatchObject({ removed: true });
    expect((await state()).types).not.toContain("Person");

    await page.getByTestId("undo").click();
    expect(await state()).toEqual({ types: null, removed: true });
    await page.getByTestId("undo").click();
    await expect.poll(() => page.evaluate(() => window.__atlas!.store.getState().subset)).toBeNull();
    await page.close();
  });

  it("shows Italian actors only in one click", async () => {
    const { page } = await openExplorer();
    const row = page.getByTestId("filter-countries").locator("li", { has: page.locator("input[value=IT]") });
    await row.hover();
    await row.getByTestId("only-countries-IT").click();
    const shown = await page.evaluate(() => {
      const { graph } = window.__atlas!.store.getState();
      const nodes = [...window.__atlas!.visibility().nodes];
      return {
        countries: [...new Set(nodes.map((id) => graph.getNodeAttribute(id, "country")))],
        shown: nodes.length,
        italian: graph.filterNodes((_, a) => a.country === "IT").length,
      };
    });
    expect(shown.countries).toEqual(["IT"]);
    expect(shown.shown).toBe(shown.italian);
    expect(await historyLength(page)).toBe(1);
    await page.close();
  });
});

describe("the map", () => {
  it("frames Europe, not San Francisco, and draws no actor at an invented place", async () => {
    const { page, errors } = await openExplorer();
    await page.getByTestId("layout-geo").click();
    await page.getByTestId("map-layer").waitFor();
    await waitUntilSettled(page);

    const seen = await readMap(page);
    expect(seen.europe.length).toBeGreaterThan(20);
    const inside = seen.europe.filter(
      (c) =>
        c.lon >= seen.bounds.west &&
        c.lon <= seen.bounds.east &&
        c.lat >= seen.bounds.south &&
        c.lat <= seen.bounds.north,
    );
    // The densest part is framed: at most a stray few of Europe's places fall outside.
    expect(inside.length / seen.europe.length).toBeGreaterThan(0.9);
    expect(seen.bounds.west).toBeGreaterThan(-122.42);
    expect(seen.bounds.south).toBeGreaterThan(-32.95);
    expect(seen.bounds.east - seen.bounds.west).toBeLessThan(90);
    expect(seen.drawnWithout).toEqual([]);
    expect(seen.farFromPlace).toEqual([]);

    const panel = page.getByTestId("unmapped");
    await expect.poll(() => panel.textContent()).toContain(`Not on the map: ${seen.unplaceable} actors`);
    expect(await panel.getByTestId("unmapped-actor").count()).toBe(seen.unplaceable);
    await saveScreenshot(page, "map-europe");
    const first = panel.getByTestId("unmapped-actor").first();
    const id = await first.getAttribute("data-id");
    await first.click();
    await expect.poll(() => page.evaluate(() => window.__atlas!.store.getState().selected)).toBe(id);
    expect(errors).toEqual([]);
    await page.close();
  });
});
