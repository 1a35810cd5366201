/** Both query consoles in the browser: an example query in each, its result drawn in the explorer. */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEADLINE_MS, openPage, collectErrors, launchBrowser, saveScreenshot, waitUntilReady } from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function openConsoles(): Promise<{ page: Page; errors: string[] }> {
  const page = await openPage(browser, { viewport: { width: 1400, height: 900 } });
  const errors = collectErrors(page);
  await page.goto(`${inject("atlas").baseUrl}/`);
  await waitUntilReady(page);
  await page.getByTestId("toggle-consoles").click();
  await page.getByTestId("console-panel").waitFor();
  return { page, errors };
}

const subset = (page: Page) =>
  page.evaluate(() => {
    const s = window.__atlas!.store.getState().subset;
    return s ? [...s].sort() : null;
  });

describe("query consoles", () => {
  it("runs a worked Cypher example and draws its graph in the explorer", async () => {
    const { page, errors } = await openConsoles();
    const examples = page.getByTestId("cypher-examples");
    await expect.poll(() => examples.locator("option").count()).toBeGreaterThan(12);
    await examples.selectOption("solidarity-cities-graph");
    await expect.poll(() => page.getByTestId("cypher-editor").textContent()).toContain("solidarity-cities-initiative");
    await page.getByTestId("cypher-editor").press("Control+Enter");
    await expect
      .poll(() => page.getByTestId("cypher-summary").textContent(), { timeout: DEADLINE_MS })
      .toMatch(/actors shown in the explorer/);
    const shown = await subset(page);
    expect(shown).toEqual(
      expect.arrayContaining(["solidarity-cities-initiative", "athens", "bremen", "carsten-sieling"]),
    );
    expect(await page.getByTestId("cypher-result").locator("tbody tr").count()).toBeGreaterThan(5);
    await expect.poll(() => page.getByTestId("summary").textContent()).toContain(`${shown!.length} of`);
    await saveScreenshot(page, "console-cypher");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("explains a refused write in the Cypher console and changes nothing", async () => {
    const { page } = await openConsoles();
    const editor = page.getByTestId("cypher-editor");
    await editor.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("MATCH (n) DETACH DELETE n");
    await page.getByTestId("cypher-run").click();
    await expect.poll(() => page.getByTestId("cypher-error").textContent()).toMatch(/CYPHER_WRITE_REFUSED.*read-only/);
    const order = await page.evaluate(() => window.__atlas!.store.getState().graph.order);
    expect(order).toBe(inject("atlas").seed.actors);
    await page.close();
  });

  it("runs an example in the GraphQL console and sends the actors to the explorer", async () => {
    const { page, errors } = await openConsoles();
    await page.getByTestId("tab-graphql").click();
    const editor = page.locator(".graphiql-query-editor .CodeMirror");
    await editor.waitFor();
    const answer = page.waitForResponse(
      (r) => r.url().endsWith("/graphql") && r.request().postData()?.includes("query Search") === true,
    );
    await page.locator(".graphiql-execute-button").click();
    await answer;
    await page.getByTestId("graphql-to-explorer").click();
    await expect
      .poll(() => subset(page))
      .toEqual(expect.arrayContaining(["thessaloniki", "thessaloniki-integrated-action-plan"]));
    await saveScreenshot(page, "console-graphql");
    expect(errors).toEqual([]);
    await page.close();
  });
});
