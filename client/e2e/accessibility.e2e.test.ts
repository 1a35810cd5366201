/**
 * The explorer with a keyboard and a screen reader, in a real browser: axe-core finds no serious
 * or critical violation on the explorer, the Cypher console and the export dialog; Escape closes
 * the details, the passage and the export dialog, one at a time; focus enters a dialog and comes
 * back to its button; the arrow keys walk the selected actor's neighbours (checked against the
 * database) and say each.
 */
import { createRequire } from "node:module";
import type Axe from "axe-core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openExplorer as openShared } from "./browser.ts";
import { cypherRows } from "./topologyReference.ts";

const AXE_PATH = createRequire(import.meta.url).resolve("axe-core");

let browser: Browser;
/** The actor with the most neighbours, and their names (from the database). */
let hub: { id: string; neighbours: string[] };

beforeAll(async () => {
  browser = await launchBrowser();
  const [row] = await cypherRows(
    `MATCH (a)--(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL AND a <> b
     WITH a, collect(DISTINCT b.name) AS names ORDER BY size(names) DESC, a.id LIMIT 1
     RETURN a.id, names`,
  );
  hub = { id: row![0] as string, neighbours: row![1] as string[] };
});
afterAll(() => browser?.close());

/** `bypassCSP` lets axe-core's script in past the page's `script-src 'self'`; the page is otherwise as served. */
const openExplorer = (query = "", bypassCSP = false) =>
  openShared(browser, query, { viewport: { width: 1400, height: 900 }, bypassCSP });

/** axe-core's serious and critical violations on the page, GraphiQL (third-party) left out. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof Axe }).axe;
    const result = await axe.run({ exclude: [".graphiql-container"] }, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.targets.slice(0, 5).join(", ")}`);
}

const focusedTestId = (page: Page) =>
  page.evaluate(() => ({
    testId: document.activeElement?.getAttribute("data-testid") ?? null,
    inDialog: document.activeElement?.closest("[data-testid=export-dialog]") !== null,
  }));

describe("axe-core", () => {
  it("finds no serious or critical violation on the explorer with an actor's details open", async () => {
    const { page } = await openExplorer(`?sel=${hub.id}`, true);
    await page.getByTestId("details").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("finds none on the Cypher console", async () => {
    const { page } = await openExplorer("?console=cypher", true);
    await page.getByTestId("console-panel").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("finds none on the export dialog", async () => {
    const { page } = await openExplorer("", true);
    await page.getByTestId("export").click();
    await page.getByTestId("export-dialog").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe("the keyboard", () => {
  it("closes the details panel with Escape", async () => {
    const { page, errors } = await openExplorer(`?sel=${hub.id}`);
    await page.getByTestId("details").waitFor();
    await page.keyboard.press("Escape");
    await page.getByTestId("details").waitFor({ state: "detached" });
    expect(await page.evaluate(() => window.__atlas!.store.getState().selected)).toBeNull();
    expect(errors).toEqual([]);
  });

  it("closes the document's passage with Escape, back on its button, the details left open", async () => {
    const { page } = await openExplorer(`?sel=${hub.id}`);
    const open = page.getByTestId("details").getByTestId("open-passage").first();
    await open.focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("passage").waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Close the document");
    await page.keyboard.press("Escape");
    await page.getByTestId("passage").waitFor({ state: "detached" });
    expect(await open.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await page.getByTestId("details").count()).toBe(1);
  });

  it("moves focus into the export dialog, keeps Tab inside, and gives it back to its button on Escape", async () => {
    const { page } = await openExplorer();
    await page.getByTestId("export").focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("export-dialog").waitFor();
    expect(await focusedTestId(page)).toEqual({ testId: "export-format", inDialog: true });
    const controls = await page.getByTestId("export-dialog").locator("button:not([disabled]), input, select").count();
    for (let i = 0; i <= controls; i += 1) {
      await page.keyboard.press(i % 2 === 0 ? "Tab" : "Shift+Tab");
      await page.keyboard.press("Tab");
      expect((await focusedTestId(page)).inDialog).toBe(true);
    }
    await page.keyboard.press("Escape");
    await page.getByTestId("export-dialog").waitFor({ state: "detached" });
    expect(await focusedTestId(page)).toEqual({ testId: "export", inDialog: false });
  });

  it("walks the selected actor's neighbours with the arrow keys, says each, and selects with Enter", async () => {
    const { page } = await openExplorer(`?sel=${hub.id}`);
    await page.getByTestId("graph-view").focus();
    const sorted = [...hub.neighbours].sort((a, b) => a.localeCompare(b));
    const announced = () => page.getByTestId("graph-announcer").textContent();
    await page.keyboard.press("ArrowRight");
    await expect.poll(announced).toMatch(new RegExp(`^Neighbour 1 of ${sorted.length}: ${escape(sorted[0]!)}, `));
    await page.keyboard.press("ArrowRight");
    await expect.poll(announced).toMatch(new RegExp(`^Neighbour 2 of ${sorted.length}: ${escape(sorted[1]!)}, `));
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    expect(await announced()).toMatch(
      new RegExp(`^Neighbour ${sorted.length} of ${sorted.length}: ${escape(sorted.at(-1)!)}, `),
    );
    await page.keyboard.press("Enter");
    await page.waitForFunction((name) => {
      const { graph, selected } = window.__atlas!.store.getState();
      return selected !== null && graph.getNodeAttribute(selected, "label") === name;
    }, sorted.at(-1)!);
    await expect.poll(announced).toBe(`Selected ${sorted.at(-1)}`);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
