/**
 * Search as a European user types it, in a real browser against the seeded server: typos, a word
 * that matches nothing, a hit in the evidence opened in its document, and an actor the filters
 * hide drawn once chosen. Waits poll for state; screenshots go to client/test/screenshots/.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage, saveScreenshot, waitUntilReady, openExplorer as openShared } from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const openExplorer = () => openShared(browser);

const selected = (page: Page) => page.evaluate(() => window.__atlas!.store.getState().selected);
const isDrawn = (page: Page, id: string) => page.evaluate((node) => window.__atlas!.visibility().nodes.has(node), id);

describe("search", () => {
  it("forgives a typo: suggests the intended actor, and Enter chooses it", async () => {
    const { page, errors } = await openExplorer();
    const box = page.getByTestId("search");
    await box.fill("Thesaloniki");
    const results = page.getByTestId("search-results");
    await expect.poll(() => results.getByTestId("search-hit").first().textContent()).toMatch(/^Thessaloniki/);
    expect(await page.getByTestId("search-no-match").textContent()).toContain("Did you mean");
    expect(await box.getAttribute("aria-expanded")).toBe("true");
    expect(await box.getAttribute("aria-activedescendant")).toBeTruthy();
    await box.press("Enter");
    await expect.poll(() => selected(page)).toBe("thessaloniki");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says so when nothing matches, instead of showing nothing", async () => {
    const { page } = await openExplorer();
    await page.getByTestId("search").fill("xqzzyvw");
    await expect.poll(() => page.getByTestId("search-no-match").textContent()).toBe("No actor matches “xqzzyvw”.");
    await page.getByTestId("search").press("Escape");
    await expect.poll(() => page.getByTestId("search-results").count()).toBe(0);
    await page.close();
  });

  it("finds words in the evidence and opens the passage in its document", async () => {
    const { page, errors } = await openExplorer();
    await page.getByTestId("search").fill("advocacy group");
    const hit = page.getByTestId("search-evidence-hit").first();
    await expect.poll(() => hit.textContent()).toContain("advocacy group");
    expect(await page.getByTestId("search-results").textContent()).toContain("In the evidence");
    await saveScreenshot(page, "search-evidence");
    await hit.click();
    const passage = page.getByTestId("passage");
    await expect.poll(() => passage.getByTestId("passage-match").textContent()).toMatch(/advocacy group/i);
    expect(await passage.locator("h2").textContent()).toMatch(/Building Welcoming Communities.*URBACT.*2024/);
    expect(((await passage.getByTestId("passage-text").textContent()) ?? "").length).toBeGreaterThan(200);
    await saveScreenshot(page, "search-passage");
    await page.keyboard.press("Escape");
    await expect.poll(() => passage.count()).toBe(0);

    // The details panel's evidence cites its document and opens it the same way.
    const evidence = page.getByTestId("details").getByTestId("evidence").first();
    await expect.poll(() => evidence.textContent()).toMatch(/, \d{4}/);
    await evidence.getByTestId("open-passage").click();
    await expect.poll(() => passage.getByTestId("passage-match").count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws an actor that the filters hide once search chooses it, and says why", async () => {
    const { page } = await openExplorer();
    await page.evaluate(() => window.__atlas!.store.getState().setFilters({ types: ["City"] }));
    await expect.poll(() => isDrawn(page, "eurocities")).toBe(false);
    await page.getByTestId("search").fill("Eurocities");
    const first = page.getByTestId("search-hit").first();
    await expect.poll(() => first.textContent()).toMatch(/^Eurocities/);
    await first.click();
    await expect.poll(() => selected(page)).toBe("eurocities");
    await expect.poll(() => isDrawn(page, "eurocities")).toBe(true);
    expect(await page.getByTestId("reveal-note").textContent()).toContain("the filters hide its type");
    // The view is shareable as drawn: the link names the revealed actor, and opens with it drawn.
    await expect.poll(() => page.url()).toContain("reveal=eurocities");
    const url = page.url();
    await page.context().close();
    const fresh = await openPage(browser, { viewport: { width: 1400, height: 860 } });
    await fresh.goto(url);
    await waitUntilReady(fresh);
    await expect.poll(() => isDrawn(fresh, "eurocities")).toBe(true);
    expect(await isDrawn(fresh, "berlin")).toBe(true);
    expect(await fresh.evaluate(() => window.__atlas!.store.getState().filters.types)).toEqual(["City"]);
    await fresh.context().close();
  });
});
