/**
 * The explorer up close, in a real browser: a focus view frames itself and labels every actor,
 * a shared URL's camera comes back exactly, the same subset and pins give the same positions,
 * a dragged actor moves and stays pinned (in the URL too), and collapse reverses expand.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, saveScreenshot, openExplorer as openShared, waitUntilSettled } from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function openExplorer(query = ""): Promise<{ page: Page; errors: string[] }> {
  const opened = await openShared(browser, query);
  await waitUntilSettled(opened.page);
  return opened;
}

/** Each shown actor: where it is in the graph and on the screen, and whether it is labelled. */
function view(page: Page) {
  return page.evaluate(() => {
    const { sigma, store, visibility } = window.__atlas!;
    const { graph, subset, pins } = store.getState();
    const { width, height } = sigma.getDimensions();
    const nodes = [...visibility().nodes].sort().map((id) => {
      const { x, y } = graph.getNodeAttributes(id);
      const onScreen = sigma.graphToViewport({ x, y });
      return { id, x, y, screen: onScreen, labelled: sigma.getNodeDisplayData(id)?.forceLabel === true };
    });
    const camera = sigma.getCamera().getState();
    return { width, height, nodes, subset: subset ? [...subset].sort() : null, pins, camera, url: location.search };
  });
}

type View = Awaited<ReturnType<typeof view>>;

const inside = (v: View) =>
  v.nodes.every(({ screen }) => screen.x >= 0 && screen.x <= v.width && screen.y >= 0 && screen.y <= v.height);

/** The share of the viewport's width or height the shown actors span: framed, not lost in a corner. */
const filled = (v: View) => {
  const xs = v.nodes.map((n) => n.screen.x);
  const ys = v.nodes.map((n) => n.screen.y);
  return Math.max((Math.max(...xs) - Math.min(...xs)) / v.width, (Math.max(...ys) - Math.min(...ys)) / v.height);
};

/** Focus on IASH from its details panel, and wait until the view is laid out and framed. */
async function focusOnIash(): Promise<{ page: Page; errors: string[]; focused: View }> {
  const { page, errors } = await openExplorer("?sel=iash");
  await page.getByTestId("focus").click();
  await expect.poll(async () => (await view(page)).subset?.includes("iash") ?? false).toBe(true);
  await waitUntilSettled(page);
  return { page, errors, focused: await view(page) };
}

/** The URL once it holds the camera the page shows (the store records it after moves settle). */
async function sharedUrl(page: Page): Promise<string> {
  await expect
    .poll(async () => {
      const { camera, url } = await view(page);
      const cam = new URLSearchParams(url).get("cam");
      return cam === [camera.x, camera.y, camera.ratio].map((n) => Number(n.toPrecision(7))).join(",");
    })
    .toBe(true);
  return (await view(page)).url;
}

describe("explorer up close", () => {
  it("frames a focus view of IASH and labels every actor in it", async () => {
    const { page, errors, focused } = await focusOnIash();
    expect(focused.nodes.length).toBeGreaterThanOrEqual(5);
    expect(inside(focused)).toBe(true);
    expect(filled(focused)).toBeGreaterThan(0.5);
    expect(focused.nodes.filter((n) => !n.labelled).map((n) => n.id)).toEqual([]);
    await saveScreenshot(page, "up-close-focus-iash");
    // Fit frames what is shown, not the whole graph.
    await page.evaluate(() => window.__atlas!.sigma.getCamera().setState({ x: 0.1, y: 0.1, ratio: 3 }));
    await page.getByRole("button", { name: "Fit what is shown" }).click();
    await expect.poll(async () => inside(await view(page)) && filled(await view(page)) > 0.5).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("restores a shared URL's camera exactly, and the picture with it", async () => {
    const { page } = await focusOnIash();
    await page.getByRole("button", { name: "Zoom in" }).click();
    await waitUntilSettled(page);
    const url = await sharedUrl(page);
    const before = await view(page);
    await page.close();

    const { page: shared } = await openExplorer(url);
    const after = await view(shared);
    const [x, y, ratio] = new URLSearchParams(url).get("cam")!.split(",").map(Number);
    expect(after.camera).toMatchObject({ x, y, ratio });
    expect(after.nodes.map((n) => n.id)).toEqual(before.nodes.map((n) => n.id));
    after.nodes.forEach((n, i) => {
      expect(Math.abs(n.screen.x - before.nodes[i]!.screen.x), n.id).toBeLessThan(2);
      expect(Math.abs(n.screen.y - before.nodes[i]!.screen.y), n.id).toBeLessThan(2);
    });
    await shared.close();
  });

  it("drags an actor: it moves, stays pinned, and the URL reproduces the layout around it", async () => {
    const { page, focused } = await focusOnIash();
    const target = focused.nodes.find((n) => n.id !== "iash")!;
    const box = (await page.getByTestId("graph-view").boundingBox())!;
    const from = { x: box.x + target.screen.x, y: box.y + target.screen.y };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y + 40, { steps: 8 });
    await page.mouse.up();
    const dragged = await view(page);
    const moved = dragged.nodes.find((n) => n.id === target.id)!;
    expect(Math.hypot(moved.x - target.x, moved.y - target.y)).toBeGreaterThan(0);
    expect(dragged.pins[target.id]).toEqual({ x: moved.x, y: moved.y });
    // The camera did not pan along: the other actors stay where they were on the screen.
    const other = dragged.nodes.find((n) => n.id === "iash")!;
    const otherBefore = focused.nodes.find((n) => n.id === "iash")!;
    expect(Math.abs(other.screen.x - otherBefore.screen.x)).toBeLessThan(2);
    await expect.poll(() => page.evaluate(() => location.search)).toContain(`pins=${target.id}`);

    // The same subset and pins give the same positions, twice.
    await page.getByTestId("relayout").click();
    await waitUntilSettled(page);
    const url = await sharedUrl(page);
    const laidOut = await view(page);
    expect(laidOut.pins[target.id]).toEqual({ x: moved.x, y: moved.y });
    await page.close();
    for (let i = 0; i < 2; i++) {
      const { page: again } = await openExplorer(url);
      const positions = (await view(again)).nodes.map(({ id, x, y }) => ({ id, x, y }));
      expect(positions).toEqual(laidOut.nodes.map(({ id, x, y }) => ({ id, x, y })));
      await again.close();
    }
  });

  it("labels the selection's neighbours in a large view, and draws more labels when asked", async () => {
    const { page, errors } = await openExplorer("?sel=eurocities");
    const labels = await page.evaluate(() => {
      const { sigma, store, visibility } = window.__atlas!;
      const { graph } = store.getState();
      const shown = [...visibility().nodes];
      return {
        shown: shown.length,
        neighbours: graph.neighbors("eurocities").filter((n) => shown.includes(n)),
        forced: shown.filter((id) => sigma.getNodeDisplayData(id)?.forceLabel),
      };
    });
    expect(labels.shown).toBeGreaterThan(50);
    expect(labels.neighbours.length).toBeGreaterThan(3);
    expect(labels.forced.sort()).toEqual([...labels.neighbours, "eurocities"].sort());

    await page.evaluate(() => window.__atlas!.store.getState().select(null));
    const drawn = () => page.evaluate(() => window.__atlas!.sigma.getNodeDisplayedLabels().size);
    await expect.poll(drawn).toBeGreaterThan(0);
    const before = await drawn();
    await page.getByTestId("label-density").fill(String(Math.log(1)));
    await expect.poll(() => page.evaluate(() => window.__atlas!.sigma.getSetting("labelDensity"))).toBe(1);
    await expect.poll(drawn).toBeGreaterThan(before);
    await expect.poll(() => page.evaluate(() => location.search)).toContain("labels=1");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("collapse takes out what expand added", async () => {
    const { page, focused } = await focusOnIash();
    const neighbour = await page.evaluate((shown) => {
      const { graph } = window.__atlas!.store.getState();
      return shown.find((id) => id !== "iash" && graph.neighbors(id).some((n) => !shown.includes(n)))!;
    }, focused.subset!);
    await page.evaluate((id) => window.__atlas!.store.getState().select(id), neighbour);
    await page.getByTestId("expand-1").click();
    await expect.poll(async () => (await view(page)).subset!.length).toBeGreaterThan(focused.subset!.length);
    await waitUntilSettled(page);
    await page.getByTestId("collapse").click();
    await expect.poll(async () => (await view(page)).subset).toEqual(focused.subset);
    await page.close();
  });
});
