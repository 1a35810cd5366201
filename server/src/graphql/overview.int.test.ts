import { describe, expect, inject, it } from "vitest";
import { graphqlRequest } from "../../../test/neo4jForTests.ts";

interface Page {
  nodes: Array<{ id: string; type: string; country: string | null }>;
  edges: Array<{ source: string; target: string; type: string }>;
  truncated: boolean;
}

async function members(type: string, country: string | null, offset: number, limit: number, loaded: string[] = []) {
  const { body } = await graphqlRequest(
    `query ($type: String!, $country: String, $offset: Int, $limit: Int, $loaded: [ID!]!) {
      groupMembers(type: $type, country: $country, offset: $offset, limit: $limit, loaded: $loaded) {
        nodes { id type country } edges { source target type } truncated
      }
    }`,
    { type, country, offset, limit, loaded },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.groupMembers as Page;
}

describe("overview API (graphs too large to draw whole)", () => {
  it("counts actors and collaborations", async () => {
    const { body } = await graphqlRequest(`{ graphStats { actors relationships } }`);
    const { seed } = inject("atlas");
    expect(body.data!.graphStats).toEqual({ actors: seed.actors, relationships: seed.relationships });
  });

  it("answers the whole graph up to maxActors actors, and no actors above it", async () => {
    const { seed } = inject("atlas");
    const ask = async (maxActors: number | null) => {
      const { body } = await graphqlRequest(
        `query ($maxActors: Int) { graph(maxActors: $maxActors) { nodes { id } edges { id } truncated } }`,
        { maxActors },
      );
      expect(body.errors).toBeUndefined();
      const { nodes, edges, truncated } = body.data!.graph;
      return [nodes.length, edges.length, truncated];
    };
    expect(await ask(null)).toEqual([seed.actors, seed.relationships, false]);
    expect(await ask(seed.actors)).toEqual([seed.actors, seed.relationships, false]);
    expect(await ask(seed.actors - 1)).toEqual([0, 0, true]);
  });

  it("groups every actor by type and country and counts every collaboration between groups", async () => {
    const { body } = await graphqlRequest(
      `{ overview { groups { id type country actors } links { source target relationships } } }`,
    );
    expect(body.errors).toBeUndefined();
    const { groups, links } = body.data!.overview;
    const { seed } = inject("atlas");
    expect(groups.reduce((sum: number, g: { actors: number }) => sum + g.actors, 0)).toBe(seed.actors);
    expect(links.reduce((sum: number, l: { relationships: number }) => sum + l.relationships, 0)).toBe(
      seed.relationships,
    );
    expect(groups).toContainEqual({ id: "City|DE", type: "City", country: "DE", actors: 9 });
    // People tied to one place inherit its country (docs/data-model.md), so German mayors group as Person|DE.
    const germans = groups.find((g: { id: string }) => g.id === "Person|DE");
    // Bremen's, Kiel's, Berlin's, Potsdam's, Rottenburg's and Halle's mayors at least.
    expect(germans).toMatchObject({ type: "Person", country: "DE" });
    expect(germans.actors).toBeGreaterThanOrEqual(6);
    const mayors = links.find(
      (l: { source: string; target: string }) => l.source === "Person|DE" && l.target === "City|DE",
    );
    expect(mayors.relationships).toBeGreaterThan(0);
  });

  it("pages through a group, best connected first, without overlap", async () => {
    const { body } = await graphqlRequest(`{ overview { groups { id actors } } }`);
    const total = body.data!.overview.groups.find((g: { id: string }) => g.id === "Project|").actors;
    expect(total).toBeGreaterThan(100);
    expect(total).toBeLessThanOrEqual(150);
    const pages = [await members("Project", null, 0, 50), await members("Project", null, 50, 50)];
    pages.push(await members("Project", null, 100, 50));
    expect(pages.map((p) => p.nodes.length)).toEqual([50, 50, total - 100]);
    expect(pages.map((p) => p.truncated)).toEqual([true, true, false]);
    const ids = pages.flatMap((p) => p.nodes.map((n) => n.id));
    expect(new Set(ids).size).toBe(total);
    expect(pages.flatMap((p) => p.nodes).every((n) => n.type === "Project" && n.country === null)).toBe(true);
  });

  it("returns a group's collaborations among its members and with the actors already loaded", async () => {
    const alone = await members("Person", "DE", 0, 500);
    expect(alone.edges.some((e) => e.target === "bremen")).toBe(false);
    const withBremen = await members("Person", "DE", 0, 500, ["bremen"]);
    expect(withBremen.edges).toContainEqual({ source: "carsten-sieling", target: "bremen", type: "MAYOR_OF" });
    const ids = new Set([...withBremen.nodes.map((n) => n.id), "bremen"]);
    for (const edge of withBremen.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
  });
});
