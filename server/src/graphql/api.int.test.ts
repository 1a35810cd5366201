import { describe, expect, inject, it } from "vitest";
import { graphqlRequest } from "../../../test/neo4jForTests.ts";

describe("GraphQL API over the seeded Neo4j", () => {
  it("finds actors by name prefix and by alias through the full-text index", async () => {
    const { body } = await graphqlRequest(`{ search(text: "thessa") { id name type country } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.search).toEqual(
      expect.arrayContaining([{ id: "thessaloniki", name: "Thessaloniki", type: "City", country: "GR" }]),
    );
    const alias = await graphqlRequest(`{ search(text: "EUROCITIES") { id } }`);
    expect(alias.body.data!.search[0].id).toBe("eurocities");
  });

  it("treats Lucene syntax in the search text as plain text", async () => {
    for (const text of ['"', "AND OR", "(((", "name:*", "\\", "~1", ""]) {
      const { body } = await graphqlRequest(`query($t: String!) { search(text: $t) { id } }`, { t: text });
      expect(body.errors, text).toBeUndefined();
    }
  });

  it("returns a neighbourhood with evidence on every edge", async () => {
    const { body } = await graphqlRequest(`{
      neighbourhood(id: "thessaloniki", depth: 1) {
        nodes { id type }
        edges { id type source target year evidence { source quote } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const { nodes, edges } = body.data!.neighbourhood;
    const ids = nodes.map((n: { id: string }) => n.id);
    expect(ids).toEqual(expect.arrayContaining(["thessaloniki", "amsterdam", "zurich"]));
    expect(edges.length).toBeGreaterThan(5);
    for (const edge of edges) {
      expect(ids).toContain(edge.source);
      expect(ids).toContain(edge.target);
      expect(edge.evidence.length).toBeGreaterThan(0);
      expect(edge.evidence[0].quote.length).toBeGreaterThan(10);
    }
    const visit = edges.find((e: { type: string; source: string }) => e.type === "VISITED" && e.source === "amsterdam");
    expect(visit?.target).toBe("thessaloniki");
  });

  it("grows with depth 2 and answers null for an unknown actor", async () => {
    const one = await graphqlRequest(`{ neighbourhood(id: "bremen", depth: 1) { nodes { id } } }`);
    const two = await graphqlRequest(`{ neighbourhood(id: "bremen", depth: 2) { nodes { id } } }`);
    expect(two.body.data!.neighbourhood.nodes.length).toBeGreaterThan(one.body.data!.neighbourhood.nodes.length);
    const none = await graphqlRequest(`{ neighbourhood(id: "atlantis", depth: 1) { nodes { id } } }`);
    expect(none.body.data!.neighbourhood).toBeNull();
  });

  it("caps a hub's neighbourhood at limit actors, direct neighbours first, and says so", async () => {
    const whole = await graphqlRequest(
      `{ neighbourhood(id: "eurocities", depth: 1, limit: 10000) { nodes { id } edges { source target } truncated degree } }`,
    );
    const full = whole.body.data!.neighbourhood;
    expect(full.truncated).toBe(false);
    const incident = full.edges.filter(
      (e: { source: string; target: string }) => e.source === "eurocities" || e.target === "eurocities",
    );
    expect(full.degree).toBe(incident.length);
    expect(full.nodes.length).toBeGreaterThan(12);

    const { body } = await graphqlRequest(
      `{ neighbourhood(id: "eurocities", depth: 2, limit: 12) { nodes { id } edges { source target } truncated degree } }`,
    );
    const capped = body.data!.neighbourhood;
    expect(capped.truncated).toBe(true);
    expect(capped.degree).toBe(full.degree);
    expect(capped.nodes).toHaveLength(12);
    const direct = new Set(full.nodes.map((n: { id: string }) => n.id));
    for (const node of capped.nodes) expect(direct.has(node.id), node.id).toBe(true);
    const ids = new Set(capped.nodes.map((n: { id: string }) => n.id));
    for (const edge of capped.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
  });

  it("finds the shortest collaboration chain between two actors", async () => {
    const { body } = await graphqlRequest(
      `{ shortestPath(from: "carsten-sieling", to: "eurocities") { nodes { id } edges { source target type } } }`,
    );
    expect(body.errors).toBeUndefined();
    const ids = body.data!.shortestPath.nodes.map((n: { id: string }) => n.id);
    expect(ids).toContain("carsten-sieling");
    expect(ids).toContain("eurocities");
    expect(ids).toContain("bremen");
    expect(body.data!.shortestPath.edges.length).toBeGreaterThanOrEqual(2);
  });

  it("filters, sorts and paginates with the generated queries", async () => {
    const { body } = await graphqlRequest(`{
      actors(where: { type: { eq: "City" }, country: { eq: "DE" } }, sort: [{ name: ASC }], limit: 3) { id name country }
    }`);
    expect(body.errors).toBeUndefined();
    const names = body.data!.actors.map((a: { name: string }) => a.name);
    expect(names).toHaveLength(3);
    expect([...names].sort()).toEqual(names);
    for (const actor of body.data!.actors) expect(actor.country).toBe("DE");
  });

  it("serves relationship fields with their properties and the actor's own evidence", async () => {
    const { body } = await graphqlRequest(`{
      actors(where: { id: { eq: "carsten-sieling" } }) {
        name role
        mayorOfConnection { edges { properties { office sources quotes } node { id } } }
        evidence { source quote title publisher }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const actor = body.data!.actors[0];
    expect(actor.mayorOfConnection.edges[0].node.id).toBe("bremen");
    expect(actor.mayorOfConnection.edges[0].properties.office).toMatch(/Mayor/);
    expect(actor.evidence[0].title).toMatch(/Solidarity Cities/);
  });

  it("exposes only the curation mutations, and none of the library's generated ones", async () => {
    const { body } = await graphqlRequest(`{ __schema { mutationType { fields { name } } } }`);
    expect(body.data!.__schema.mutationType.fields.map((f: { name: string }) => f.name).sort()).toEqual([
      "addRelationships",
      "upsertActors",
    ]);
    const attempt = await graphqlRequest(
      `mutation { createActors(input: [{ id: "x", name: "x", type: "City" }]) { actors { id } } }`,
    );
    expect(attempt.body.errors?.[0]?.message).toMatch(/Cannot query field "createActors"/);
  });

  it("reports Neo4j on /healthz and serves the UI and the GraphQL IDE", async () => {
    const { baseUrl } = inject("atlas");
    const health = await fetch(`${baseUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", neo4j: { connected: true } });
    const page = await fetch(`${baseUrl}/`);
    expect(await page.text()).toContain('<div id="root">');
    const ide = await fetch(`${baseUrl}/graphiql`);
    const html = await ide.text();
    expect(html).toContain('id="graphiql"');
    expect(html).not.toMatch(/https?:\/\/(unpkg|cdn|cdnjs|jsdelivr)/);
  });
});
