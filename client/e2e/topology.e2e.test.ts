/**
 * Analysis in the explorer, in a real browser against the seeded server: each topological filter
 * draws what an independent computation on the database's own answer (Cypher) says it should; the
 * projection view draws the server's links with its weights and exports them; the question
 * "which actors are tied to both Eurocities and IASH" takes three interactions and lists what
 * Cypher finds. Screenshots go to client/test/screenshots/.
 */
import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openPage, saveScreenshot, waitUntilReady, openExplorer as openShared } from "./browser.ts";
import { cypherRows, getCores, getEgo, getLargestComponent, toAdjacency, type Link } from "./topologyReference.ts";

let browser: Browser;
let links: Link[];
let actors: string[];
beforeAll(async () => {
  browser = await launchBrowser();
  actors = (await cypherRows("MATCH (a:Actor) RETURN a.id AS id")).map(([id]) => String(id));
  links = (await cypherRows("MATCH (a:Actor)-[r]->(b:Actor) RETURN a.id, b.id, type(r)")).map(([a, b, type]) => ({
    source: String(a),
    target: String(b),
    type: String(type),
  }));
});
afterAll(() => browser?.close());

const openExplorer = (query = "") => openShared(browser, query, { acceptDownloads: true });

/** The actors drawn now, sorted. */
const drawnActors = (page: Page) => page.evaluate(() => [...window.__atlas!.visibility().nodes].sort());

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe("topological filters", () => {
  it("keeps the k-core, and each change of k is one undo step", async () => {
    const { page, errors } = await openExplorer();
    const adjacency = toAdjacency(actors, links);
    await page.getByTestId("topology-core").check();
    await expect.poll(() => drawnActors(page)).toEqual(sorted(getCores(adjacency, 2)));
    expect(page.url()).toContain("core=2");
    await page.getByTestId("topology-core-k").fill("3");
    const threeCore = sorted(getCores(adjacency, 3));
    expect(threeCore.length).toBeGreaterThan(0);
    await expect.poll(() => drawnActors(page)).toEqual(threeCore);
    await page.getByTestId("undo").click();
    await expect.poll(() => drawnActors(page)).toEqual(sorted(getCores(adjacency, 2)));
    await page.getByTestId("undo").click();
    await expect.poll(() => drawnActors(page)).toHaveLength(actors.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps the largest connected component of what the other filters show", async () => {
    const { page } = await openExplorer("?rels=MEMBER_OF&lcc=1");
    const members = links.filter((l) => l.type === "MEMBER_OF");
    const expected = sorted(getLargestComponent(toAdjacency(actors, members)));
    await expect.poll(() => drawnActors(page)).toEqual(expected);
    expect(await page.getByTestId("topology-largest").isChecked()).toBe(true);
    await page.close();
  });

  it("hides the actors that the relationship filter leaves without relationships", async () => {
    const { page } = await openExplorer("?rels=FUNDS&isolates=0");
    const funding = links.filter((l) => l.type === "FUNDS");
    expect(funding.length).toBeGreaterThan(0);
    await expect.poll(() => drawnActors(page)).toEqual(sorted(new Set(funding.flatMap((l) => [l.source, l.target]))));
    await page.getByTestId("topology-isolates").uncheck();
    await expect.poll(() => drawnActors(page)).toHaveLength(actors.length);
    await page.close();
  });

  it("keeps the ego network of N steps around the selection", async () => {
    const { page } = await openExplorer("?sel=amsterdam&ego=2");
    const adjacency = toAdjacency(actors, links);
    await expect.poll(() => drawnActors(page)).toEqual(sorted(getEgo(adjacency, ["amsterdam"], 2)));
    await page.getByTestId("topology-ego-steps").fill("1");
    await expect.poll(() => drawnActors(page)).toEqual(sorted(getEgo(adjacency, ["amsterdam"], 1)));
    expect(page.url()).toContain("ego=1");
    await page.close();
  });
});

/** The projection's links as the page draws them: "from|to" -> weight. */
const drawnLinks = (page: Page) =>
  page.evaluate(() => {
    const { store, visibility } = window.__atlas!;
    const { graph } = store.getState();
    return Object.fromEntries(
      [...visibility().edges].map((e) => [
        [graph.source(e), graph.target(e)].sort().join("|"),
        graph.getEdgeAttribute(e, "weight"),
      ]),
    );
  });

async function graphqlData<T>(query: string): Promise<T> {
  const response = await fetch(`${inject("atlas").baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

describe("projection view", () => {
  it("draws cities linked by the networks and projects they share, weighted as the server answers", async () => {
    const { page, errors } = await openExplorer();
    await page.getByTestId("projection-open").click();
    await page.getByTestId("projection-type").selectOption("City");
    await page.getByTestId("projection-show").click();
    await expect.poll(() => page.evaluate(() => window.__atlas!.store.getState().projection?.type)).toBe("City");

    const { projection } = await graphqlData<{
      projection: { edges: Array<{ from: { id: string }; to: { id: string }; weight: number }>; truncated: boolean };
    }>(`{ projection(type: "City", via: ["CityNetwork", "Project"], limit: 5000) {
          edges { from { id } to { id } weight } truncated } }`);
    expect(projection.truncated).toBe(false);
    const server = Object.fromEntries(projection.edges.map((e) => [[e.from.id, e.to.id].sort().join("|"), e.weight]));
    expect(Object.keys(server).length).toBeGreaterThan(10);
    await expect.poll(() => drawnLinks(page)).toEqual(server);
    // The same weights counted by Cypher straight from the relationships.
    const counted = await cypherRows(
      `MATCH (a:Actor {type: 'City'})--(m:Actor)--(b:Actor {type: 'City'})
       WHERE m.type IN ['CityNetwork', 'Project'] AND a.id < b.id
       RETURN a.id, b.id, count(DISTINCT m)`,
    );
    expect(Object.fromEntries(counted.map(([a, b, n]) => [`${a}|${b}`, n]))).toEqual(server);
    expect(page.url()).toContain("proj=City");
    await page.waitForFunction(() => window.__atlas?.settled() === true);
    await saveScreenshot(page, "projection-view");

    // Exported as drawn: SHARES links with their weights and intermediaries.
    await page.getByTestId("export").click();
    await page.getByTestId("export-format").selectOption("csv");
    const download = page.waitForEvent("download");
    await page.getByTestId("export-download").click();
    const files = unzipSync(new Uint8Array(readFileSync((await (await download).path())!)));
    const edges = parse(strFromU8(files["edges.csv"]!), { columns: true }) as Array<Record<string, string>>;
    expect(new Set(edges.map((e) => e.type))).toEqual(new Set(["SHARES"]));
    expect(Object.fromEntries(edges.map((e) => [[e.source, e.target].sort().join("|"), Number(e.weight)]))).toEqual(
      server,
    );
    expect(edges.every((e) => e.via!.length > 0)).toBe(true);

    // The URL brings the projection back; "Back to the network" restores the network graph.
    const again = await openPage(browser, { viewport: { width: 1400, height: 860 } });
    await again.goto(page.url());
    await waitUntilReady(again);
    await expect.poll(() => drawnLinks(again)).toEqual(server);
    await again.getByTestId("projection-leave").click();
    await expect.poll(() => drawnActors(again)).toHaveLength(actors.length);
    expect(again.url()).not.toContain("proj=");
    expect(errors).toEqual([]);
    await again.close();
    await page.close();
  });
});

describe("projection export request", () => {
  it("refuses a link whose weight is not its number of intermediaries, saying where", async () => {
    const response = await fetch(`${inject("atlas").baseUrl}/api/export`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        ids: ["amsterdam", "berlin"],
        edges: [],
        derived: [{ source: "amsterdam", target: "berlin", type: "SHARES", weight: 3, via: ["iash"], sources: [] }],
        formats: ["json"],
      }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      "Bad export request: derived.0: a link's weight is the number of its via ids",
    );
  });
});

describe("common neighbours", () => {
  it("answers 'members of both Eurocities and IASH' in three interactions, with evidence", async () => {
    const { page, errors } = await openExplorer();
    const search = page.getByTestId("search");
    const results = page.getByTestId("search-results");
    let interactions = 0;
    // 1: search-select Eurocities.
    await search.fill("Eurocities");
    await expect.poll(() => results.locator("[role=option]").first().textContent()).toMatch(/^Eurocities/);
    await search.press("Enter");
    interactions++;
    // 2: search and shift-select IASH, which joins the selection.
    await search.fill("International Alliance of Safe Harbours");
    await expect
      .poll(() => results.locator("[role=option]").first().textContent())
      .toMatch(/^International Alliance of Safe Harbours/);
    await search.press("Shift+Enter");
    interactions++;
    // 3: ask.
    await page.getByTestId("common-neighbours").click();
    interactions++;
    expect(interactions).toBeLessThanOrEqual(3);

    const expected = (
      await cypherRows(
        `MATCH (:Actor {id: 'eurocities'})--(n:Actor)--(:Actor {id: 'iash'})
         WHERE NOT n.id IN ['eurocities', 'iash'] RETURN DISTINCT n.id`,
      )
    ).map(([id]) => String(id));
    expect(expected.length).toBeGreaterThan(1);
    const answer = page.getByTestId("common-neighbours-answer");
    // A failed request shows a notice instead: its words make the failure plain.
    const shownFirst = answer.or(page.getByTestId("notice")).first();
    await expect.poll(async () => (await shownFirst.textContent())?.slice(0, 200)).toMatch(/common neighbours? of/);
    await expect
      .poll(async () =>
        sorted(await answer.getByTestId("common-neighbour").evaluateAll((li) => li.map((l) => l.dataset.id!))),
      )
      .toEqual(sorted(expected));
    await expect.poll(() => drawnActors(page)).toEqual(sorted([...expected, "eurocities", "iash"]));
    // Each answer carries the evidence of its ties to both.
    await answer.getByTestId("common-neighbour").first().locator("summary").click();
    expect(await answer.getByTestId("common-neighbour").first().getByTestId("evidence").count()).toBeGreaterThan(1);
    // Folded again for the screenshot, so that the list leaves the graph in view, and the pointer
    // off the list (hovering an answer makes it the graph's focus).
    await answer.getByTestId("common-neighbour").first().locator("summary").click();
    await page.getByTestId("summary").hover();
    await expect.poll(() => page.evaluate(() => window.__atlas!.store.getState().hovered)).toBeNull();
    await page.waitForFunction(() => window.__atlas?.settled() === true);
    await saveScreenshot(page, "common-neighbours");
    expect(page.url()).toMatch(/sel=iash.*also=eurocities|also=eurocities.*sel=iash/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
