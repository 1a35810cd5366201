/**
 * The timeline in a real browser: with each relationship placed at its start, else its reported
 * year, the full range shows every relationship and an earlier end hides exactly the later ones
 * (checked against the database's own rows); play adds one year per step; the range survives a
 * reload from the URL and goes into the export; three frames of the growth are saved as screenshots.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEADLINE_MS, launchBrowser, saveScreenshot, waitUntilReady, openExplorer as openShared } from "./browser.ts";
import { cypherRows } from "./topologyReference.ts";

let browser: Browser;
/** Relationship id -> [start year or null, reported year, until or null], as the database holds them. */
let years: Map<string, [number | null, number, number | null]>;

beforeAll(async () => {
  browser = await launchBrowser();
  const rows = await cypherRows(
    "MATCH ()-[r]->() WHERE r.reportedYear IS NOT NULL RETURN r.id, r.year, r.reportedYear, r.until",
  );
  years = new Map(rows.map(([id, ...rest]) => [id as string, rest as [number | null, number, number | null]]));
});
afterAll(() => browser?.close());

const openExplorer = (query = "", reducedMotion: "reduce" | "no-preference" = "no-preference") =>
  openShared(browser, query, { viewport: { width: 1400, height: 900 }, reducedMotion });

/** The drawn relationships, the graph's relationships and the years the slider spans. */
function shown(page: Page) {
  return page.evaluate(() => {
    const { store, visibility } = window.__atlas!;
    const { graph, filters } = store.getState();
    const min = Number(document.querySelector<HTMLInputElement>("[data-testid=year-from]")!.min);
    const max = Number(document.querySelector<HTMLInputElement>("[data-testid=year-to]")!.max);
    return { edges: [...visibility().edges].sort(), all: graph.edges().sort(), years: filters.years, min, max };
  });
}

/** What the database says a range [from, to] shows: started (else reported) by `to`, lasting to `from`. */
function expectedEdges(all: string[], [from, to]: [number, number]): string[] {
  return all.filter((id) => {
    const [year, reported, until] = years.get(id)!;
    const start = year ?? reported;
    return start <= to && (until ?? start) >= from;
  });
}

const growthYear = (page: Page) => page.getByTestId("growth-year").textContent();

describe("the timeline", () => {
  it("keeps the undated-start majority in the full range and hides later ones when the range ends earlier", async () => {
    const { page, errors } = await openExplorer();
    const whole = await shown(page);
    const noStart = whole.all.filter((id) => years.get(id)![0] === null);
    // The reason for reportedYear: most relationships state no start year.
    expect(noStart.length / whole.all.length).toBeGreaterThan(0.5);
    expect(whole.all.every((id) => years.has(id))).toBe(true);

    await page.goto(`${inject("atlas").baseUrl}/?years=${whole.min}-${whole.max}`);
    await waitUntilReady(page);
    const full = await shown(page);
    expect(full.edges).toEqual(whole.all);

    const earlier = whole.max - 2;
    await page.goto(`${inject("atlas").baseUrl}/?years=${whole.min}-${earlier}`);
    await waitUntilReady(page);
    const cut = await shown(page);
    expect(cut.edges).toEqual(expectedEdges(whole.all, [whole.min, earlier]));
    expect(cut.edges.length).toBeLessThan(whole.all.length);
    expect(cut.edges.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it("keeps the year range across a reload from the URL, and in the export request", async () => {
    const { page } = await openExplorer();
    const { min, max } = await shown(page);
    const range: [number, number] = [min + 1, max - 1];
    await page.evaluate((years) => window.__atlas!.store.getState().setFilters({ years }), range);
    await page.waitForFunction((range) => location.search.includes(`years=${range}`), `${range[0]}-${range[1]}`);
    await page.reload();
    await waitUntilReady(page);
    expect((await shown(page)).years).toEqual(range);
    expect(await page.getByTestId("year-from").inputValue()).toBe(String(range[0]));
    expect(await page.getByTestId("year-to").inputValue()).toBe(String(range[1]));
    expect(await growthYear(page)).toContain(`Up to ${range[1]}`);

    // The export carries the range too: in its filters and in the view's URL for the manifest.
    let sent: { filters: { years: unknown }; viewUrl: string; ids: string[] } | null = null;
    await page.route("**/api/export", (route) => {
      sent = route.request().postDataJSON();
      return route.abort();
    });
    await page.getByTestId("export").click();
    await page.getByTestId("export-download").click();
    await expect.poll(() => sent, { timeout: DEADLINE_MS }).not.toBeNull();
    expect(sent!.filters.years).toEqual(range);
    expect(new URL(sent!.viewUrl).searchParams.get("years")).toBe(`${range[0]}-${range[1]}`);
    expect([...sent!.ids].sort()).toEqual(
      [...(await page.evaluate(() => [...window.__atlas!.visibility().nodes]))].sort(),
    );
  });

  it("plays the growth one year per step from the first year to the last, and pauses", async () => {
    const { page, errors } = await openExplorer();
    const { min, max } = await shown(page);
    // Every text the announcement takes, in order: the steps as they happen, without sampling.
    await page.evaluate(() => {
      const output = document.querySelector("[data-testid=growth-year]")!;
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      new MutationObserver(() => seen.push(output.textContent ?? "")).observe(output, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const play = page.getByTestId("growth-play");
    await play.click();
    await page.waitForFunction(
      (y) => document.querySelector("[data-testid=growth-year]")!.textContent!.includes(`Up to ${y}`),
      min + 1,
    );
    await play.click();
    expect(await play.textContent()).toBe("Play growth");
    const pausedAt = (await shown(page)).years;
    await play.click();
    await page.waitForFunction(
      (y) => document.querySelector("[data-testid=growth-year]")!.textContent!.includes(`Up to ${y}`),
      max,
      { timeout: DEADLINE_MS },
    );
    await page.waitForFunction(
      () => document.querySelector("[data-testid=growth-play]")!.textContent === "Play growth",
    );
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    const stepYears = [...new Set(seen.map((text) => Number(/Up to (\d{4})/.exec(text)?.[1])))].filter(Boolean);
    expect(stepYears).toEqual(Array.from({ length: max - min + 1 }, (_, i) => min + i));
    expect(pausedAt![1]).toBeGreaterThanOrEqual(min + 1);
    expect((await shown(page)).years).toEqual([min, max]);
    expect(errors).toEqual([]);
  });

  it("steps one year per press under reduced motion", async () => {
    const { page } = await openExplorer("", "reduce");
    const { min } = await shown(page);
    const play = page.getByTestId("growth-play");
    expect(await play.textContent()).toBe("Next year");
    await play.click();
    await page.waitForFunction(
      (y) => document.querySelector("[data-testid=growth-year]")!.textContent!.includes(`Up to ${y}`),
      min,
    );
    await play.click();
    await page.waitForFunction(
      (y) => document.querySelector("[data-testid=growth-year]")!.textContent!.includes(`Up to ${y}`),
      min + 1,
    );
    expect((await shown(page)).years).toEqual([min, min + 1]);
  });

  it("draws three frames of the growth and a labelled chart", async () => {
    const { page } = await openExplorer();
    const { min, max } = await shown(page);
    const chart = page.getByTestId("growth-chart");
    expect(await chart.locator("svg").getAttribute("role")).toBe("img");
    expect(await chart.locator("text.axis-title").allTextContents()).toEqual(["Year started, else reported", "Shown"]);
    // The years the network (per the database) first shows a quarter, then two thirds, then all of its relationships.
    const all = (await shown(page)).all;
    const firstYearShowing = (share: number) => {
      for (let year = min; year < max; year += 1)
        if (expectedEdges(all, [min, year]).length >= share * all.length) return year;
      return max;
    };
    const frames = [firstYearShowing(0.25), firstYearShowing(2 / 3), max];
    await chart.scrollIntoViewIfNeeded();
    for (const [index, year] of frames.entries()) {
      await page.evaluate(([from, to]) => window.__atlas!.store.getState().setFilters({ years: [from, to] }), [
        min,
        year,
      ] as [number, number]);
      await page.waitForFunction(
        (y) => document.querySelector("[data-testid=growth-year]")!.textContent!.includes(`Up to ${y}`),
        year,
      );
      await page.waitForFunction(() => window.__atlas?.settled() === true, null, { timeout: DEADLINE_MS });
      await saveScreenshot(page, `growth-${index + 1}-${year}`);
    }
  });
});
