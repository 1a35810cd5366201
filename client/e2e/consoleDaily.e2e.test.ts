/**
 * The Cypher console for daily use, in Chromium: a ten-line query written and run, the table
 * sorted and downloaded as a CSV that Python reads back, a shared link opening a fresh browser on
 * the same query (run only on request), a saved query kept across a reload, a plan, and the
 * legend clear of the consoles. Screenshots land in client/test/screenshots.
 */
import { execFileSync } from "node:child_process";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { collectErrors, DEADLINE_MS, launchBrowser, openPage, saveScreenshot, waitUntilReady } from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const VIEWPORT = { width: 1400, height: 1000 };

async function openAtlas(page: Page, search = "") {
  await page.goto(`${inject("atlas").baseUrl}/${search}`);
  await waitUntilReady(page);
}

async function openConsoles(page: Page) {
  await openAtlas(page);
  await page.getByTestId("toggle-consoles").click();
  await page.getByTestId("cypher-console").waitFor();
}

/** Replaces the editor's text as one insertion, so completion and bracket closing stay out of it. */
async function writeQuery(page: Page, query: string) {
  await page.getByTestId("cypher-editor").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(query);
  await expect.poll(() => page.locator(".cypher-editor .cm-line").count()).toBe(query.split("\n").length);
}

async function writeParams(page: Page, params: string) {
  const box = page.getByTestId("cypher-params");
  if (!(await box.isVisible())) await page.locator(".params-panel summary").click();
  await box.fill(params);
}

const tableRows = (page: Page) =>
  page
    .getByTestId("cypher-result")
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("td")].map((td) => td.textContent ?? "")));

async function runAndWait(page: Page) {
  await page.getByTestId("cypher-run").click();
  await expect.poll(() => page.getByTestId("cypher-summary").textContent(), { timeout: DEADLINE_MS }).toMatch(/rows/);
}

const TEN_LINES = [
  "// Cities, how many networks each belongs to, and one of them",
  "MATCH (city:City)",
  "  -[:MEMBER_OF]->",
  "  (network:CityNetwork)",
  "WITH city, count(network) AS networks, min(network.name) AS first",
  "RETURN city.name AS name,",
  "  city.country AS country,",
  "  networks, first",
  "ORDER BY name",
  "LIMIT 40",
].join("\n");

const readCsvInPython = (file: string): string[][] =>
  JSON.parse(
    execFileSync("/usr/bin/python3", [
      "-c",
      "import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))",
      file,
    ]).toString(),
  );

describe("the Cypher console for daily use", () => {
  it("runs a ten-line query, sorts the table and downloads a CSV Python reads back", async () => {
    const page = await openPage(browser, { viewport: VIEWPORT, acceptDownloads: true });
    const errors = collectErrors(page);
    await openConsoles(page);
    await writeQuery(page, TEN_LINES);
    // The editor grows: all ten lines are in view, none scrolled away.
    const scroller = page.locator(".cypher-editor .cm-scroller");
    await expect.poll(() => scroller.evaluate((s) => s.scrollHeight - s.clientHeight)).toBeLessThanOrEqual(1);
    await saveScreenshot(page, "console-multiline");
    await runAndWait(page);

    await page.getByTestId("sort-networks").click();
    await page.getByTestId("sort-networks").click();
    await expect.poll(() => page.locator('th[aria-sort="descending"]').count()).toBe(1);
    const sorted = await tableRows(page);
    expect(sorted.length).toBeGreaterThan(3);
    const networks = sorted.map((row) => Number(row[2]));
    expect(networks).toEqual([...networks].sort((a, b) => b - a));
    await saveScreenshot(page, "console-sorted-table");

    const download = page.waitForEvent("download");
    await page.getByTestId("cypher-download-csv").click();
    const file = await (await download).path();
    const csv = readCsvInPython(file);
    expect(csv[0]).toEqual(["name", "country", "networks", "first"]);
    expect(csv.slice(1)).toEqual(sorted);

    await page.getByTestId("filter-name").fill("ath");
    await expect.poll(() => page.getByTestId("cypher-row-count").textContent()).toMatch(/^\d+ of \d+ rows match/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("frames and labels a drawn result, and marks an error's line in the editor", async () => {
    const page = await openPage(browser, { viewport: VIEWPORT });
    await openConsoles(page);
    await writeQuery(page, "MATCH (a:Actor {id: 'athens'})-[r]-(b)\nRETURN a, r, b\nLIMIT 8");
    await runAndWait(page);
    await page.waitForFunction(() => window.__atlas!.settled(), null, { timeout: DEADLINE_MS });
    const framing = await page.evaluate(() => {
      const { sigma, store } = window.__atlas!;
      const ids = [...(store.getState().subset ?? [])];
      const { width, height } = sigma.getDimensions();
      return ids.map((id) => {
        const display = sigma.getNodeDisplayData(id)!;
        const at = sigma.framedGraphToViewport(display);
        return { inView: at.x >= 0 && at.x <= width && at.y >= 0 && at.y <= height, label: display.forceLabel };
      });
    });
    expect(framing.length).toBeGreaterThan(1);
    expect(framing.every((n) => n.inView && n.label)).toBe(true);
    await saveScreenshot(page, "console-framed-result");

    await writeQuery(page, "MATCH (n:City)\nRETRN n");
    await page.getByTestId("cypher-run").click();
    await expect.poll(() => page.getByTestId("cypher-error").textContent()).toMatch(/CYPHER_SYNTAX.*line 2/);
    await expect.poll(() => page.locator(".cm-error-line").textContent()).toBe("RETRN n");
    await page.close();
  });

  it("opens a shared link in a fresh browser on the same query, and runs it only on request", async () => {
    const page = await openPage(browser, { viewport: VIEWPORT });
    await openConsoles(page);
    const query =
      "MATCH (a:Actor {id: $id})-[r]-(b)\nRETURN a.name AS actor, type(r) AS rel, b.name AS other\nORDER BY other, rel";
    await writeQuery(page, query);
    await writeParams(page, '{"id": "athens"}');
    await runAndWait(page);
    const rows = await tableRows(page);
    expect(rows.length).toBeGreaterThan(0);
    await page.getByTestId("cypher-share").click();
    const link = await page.getByTestId("cypher-share-url").inputValue();
    expect(new URL(link).searchParams.get("q")).toBe(query);
    await page.close();

    const visitor = await openPage(browser, { viewport: VIEWPORT });
    const sent: string[] = [];
    visitor.on("request", (r) => r.url().endsWith("/api/cypher") && sent.push(r.postData() ?? ""));
    await openAtlas(visitor, new URL(link).search);
    await visitor.getByTestId("cypher-link-notice").waitFor();
    await expect.poll(() => visitor.getByTestId("cypher-params").inputValue()).toBe('{"id": "athens"}');
    await expect.poll(() => visitor.locator(".cypher-editor .cm-content").innerText()).toBe(query);
    expect(sent.filter((body) => body.includes("$id"))).toEqual([]);
    expect(await visitor.getByTestId("cypher-result").count()).toBe(0);
    await visitor.reload();
    await visitor.getByTestId("cypher-link-notice").waitFor();
    await expect.poll(() => visitor.locator(".cypher-editor .cm-content").innerText()).toBe(query);
    await runAndWait(visitor);
    expect(await tableRows(visitor)).toEqual(rows);
    await visitor.close();

    const example = await openPage(browser, { viewport: VIEWPORT });
    await openAtlas(example, "?console=cypher&example=solidarity-cities-graph");
    await expect
      .poll(() => example.locator(".cypher-editor .cm-content").innerText())
      .toContain("solidarity-cities-initiative");
    await example.close();
  });

  it("opens GraphiQL from a link on the same operation and variables", async () => {
    const operation = "query One($id: ID!) {\n  actors(where: { id: { eq: $id } }) { id name }\n}";
    const search = new URLSearchParams({ console: "graphql", q: operation, params: '{"id": "athens"}' });
    const page = await openPage(browser, { viewport: VIEWPORT });
    await openAtlas(page, `?${search}`);
    const editor = page.locator(".graphiql-query-editor .CodeMirror");
    await expect.poll(() => editor.textContent()).toContain("actors(where: { id: { eq: $id } })");
    await page.getByTestId("graphql-share").click();
    const link = new URL(await page.getByTestId("graphql-share-url").inputValue());
    expect(link.searchParams.get("console")).toBe("graphql");
    expect(link.searchParams.get("q")).toBe(operation);
    await page.close();
  });

  it("keeps a saved query across a reload and explains a query's plan", async () => {
    const page = await openPage(browser, { viewport: VIEWPORT });
    await openConsoles(page);
    const query =
      "MATCH (c:City)-[:MEMBER_OF]->(n:CityNetwork)\nWHERE c.country = 'DE'\nRETURN c.name, n.name\nORDER BY c.name\nLIMIT 20";
    await writeQuery(page, query);
    await page.getByTestId("cypher-save-name").fill("German cities in networks");
    await page.getByTestId("cypher-save").click();
    await page.reload();
    await waitUntilReady(page);
    await page.getByTestId("toggle-consoles").click();
    await page
      .getByTestId("cypher-saved")
      .getByRole("button", { name: "German cities in networks", exact: true })
      .click();
    await expect.poll(() => page.locator(".cypher-editor .cm-content").innerText()).toBe(query);

    await page.getByTestId("cypher-explain").click();
    const plan = page.getByTestId("cypher-plan");
    await expect.poll(() => plan.textContent(), { timeout: DEADLINE_MS }).toMatch(/ProduceResults/);
    expect(await plan.textContent()).toMatch(/Expand\(All\)|Expand\(Into\)/);
    expect(await plan.textContent()).toMatch(/stopped after \d+ s, with at most [\d,]+ rows/);
    await saveScreenshot(page, "console-plan");
    await page.close();
  });

  it("never lets the legend cover a console", async () => {
    const page = await openPage(browser, { viewport: VIEWPORT });
    await openConsoles(page);
    const overlaps = async (selector: string) => {
      const legend = (await page.getByTestId("legend").boundingBox())!;
      const other = (await page.locator(selector).first().boundingBox())!;
      return !(
        legend.x + legend.width <= other.x ||
        other.x + other.width <= legend.x ||
        legend.y + legend.height <= other.y ||
        other.y + other.height <= legend.y
      );
    };
    expect(await overlaps('[data-testid="console-panel"]')).toBe(false);
    await page.getByTestId("tab-graphql").click();
    await page.locator(".graphiql-sidebar").waitFor();
    expect(await overlaps(".graphiql-sidebar")).toBe(false);
    await saveScreenshot(page, "console-graphql-legend");
    await page.close();
  });
});
