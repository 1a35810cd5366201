import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { collectErrors, launchBrowser, nonBackgroundShare, saveScreenshot } from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("the web page at /", () => {
  it("draws the whole seeded graph with sigma, coloured by type", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectErrors(page);
    await page.goto(inject("atlas").baseUrl + "/");
    await page.waitForFunction(() => window.__atlas !== undefined, null, { timeout: 30_000 });

    const state = await page.evaluate(() => {
      const { graph, sigma } = window.__atlas!;
      const colours = new Set<string>();
      graph.forEachNode((_node, attributes) => colours.add(attributes.color as string));
      const dims = sigma.getDimensions();
      return { order: graph.order, size: graph.size, colours: colours.size, width: dims.width, height: dims.height };
    });
    expect(state.order).toBe(inject("atlas").seed.actors);
    expect(state.size).toBe(inject("atlas").seed.relationships);
    expect(state.colours).toBe(7);
    expect(state.width).toBeGreaterThan(500);
    await expect.poll(() => page.locator("[data-testid=summary]").textContent()).toContain(`${state.order} actors`);

    // Let ForceAtlas2 spread the nodes, then check that the canvas really shows them.
    await page.waitForTimeout(2500);
    const png = await saveScreenshot(page, "overview");
    const graphArea = await page.locator("[data-testid=graph-view]").screenshot();
    expect(nonBackgroundShare(graphArea)).toBeGreaterThan(0.01);
    expect(png.length).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("serves the GraphQL IDE from our own bundle and runs a query in it", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const external: string[] = [];
    page.on("request", (request) => {
      if (
        !request.url().startsWith(inject("atlas").baseUrl) &&
        !request.url().startsWith("data:") &&
        !request.url().startsWith("blob:")
      ) {
        external.push(request.url());
      }
    });
    await page.goto(inject("atlas").baseUrl + "/graphiql");
    await page.locator(".graphiql-query-editor .CodeMirror").waitFor();
    const answer = page.waitForResponse(
      (response) => response.url().endsWith("/graphql") && response.request().postData()?.includes("Search") === true,
    );
    await page.locator(".graphiql-execute-button").click();
    expect(await (await answer).json()).toMatchObject({
      data: { search: expect.arrayContaining([expect.objectContaining({ id: "thessaloniki" })]) },
    });
    await expect
      .poll(() => page.locator(".result-window .CodeMirror-code").textContent(), { timeout: 15_000 })
      .toContain("thessaloniki");
    await saveScreenshot(page, "graphiql");
    expect(external).toEqual([]);
    await page.close();
  });
});
