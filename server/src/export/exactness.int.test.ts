/**
 * An export holds exactly what was asked for: a view's actors and relationships (not every
 * collaboration among those actors), and a query's returned nodes and relationships (paths
 * included). Truth comes from running the same Cypher directly with the driver.
 */
import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { testDriver } from "../../../test/neo4jForTests.ts";

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

async function exportZip(body: unknown): Promise<Record<string, string>> {
  const response = await fetch(`${inject("atlas").baseUrl}/api/export`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ formats: ["csv", "graphml"], ...(body as object) }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

function contents(files: Record<string, string>) {
  const manifest = JSON.parse(files["manifest.json"]!);
  const nodes = (parse(files["nodes.csv"]!, { columns: true }) as Array<{ id: string }>).map((r) => r.id).sort();
  const edges = (parse(files["edges.csv"]!, { columns: true }) as Array<{ id: string }>).map((r) => r.id).sort();
  const graphmlEdges = [...files["graph.graphml"]!.matchAll(/<edge id="([^"]+)"/g)].map((m) => m[1]!).sort();
  return { manifest, nodes, edges, graphmlEdges };
}

async function truth(cypher: string): Promise<{ nodes: string[]; edges: string[] }> {
  const { records } = await driver.executeQuery(cypher);
  return {
    nodes: [...new Set(records.map((r) => r.get("node") as string))].sort(),
    edges: [
      ...new Set(records.flatMap((r) => (r.has("edge") && r.get("edge") ? [r.get("edge") as string] : []))),
    ].sort(),
  };
}

describe("export of a view", () => {
  it("holds exactly the relationships drawn, not every collaboration among the actors drawn", async () => {
    const among = await truth(
      "MATCH (a:Actor)-[r]->(b:Actor) WHERE a.id IN ['athens', 'eurocities', 'thessaloniki', 'solidarity-cities-initiative'] AND b.id IN ['athens', 'eurocities', 'thessaloniki', 'solidarity-cities-initiative'] UNWIND [a.id, b.id] AS node RETURN node, r.id AS edge",
    );
    expect(among.edges.length).toBeGreaterThan(2);
    const drawn = among.edges.slice(0, 2);
    const ids = ["athens", "eurocities", "thessaloniki", "solidarity-cities-initiative"];
    const files = await exportZip({ ids, edges: drawn, viewUrl: "/?rels=MEMBER_OF", groups: 0 });
    const { manifest, nodes, edges, graphmlEdges } = contents(files);
    expect(nodes).toEqual([...ids].sort());
    expect(edges).toEqual([...drawn].sort());
    expect(graphmlEdges).toEqual([...drawn].sort());
    expect(manifest.selection).toMatchObject({ kind: "view", viewUrl: "/?rels=MEMBER_OF" });
    expect(manifest.contents).toEqual({
      actors: expect.arrayContaining(ids),
      relationships: expect.arrayContaining(drawn),
    });
    expect(manifest.counts).toMatchObject({ nodes: ids.length, edges: drawn.length });
    expect(manifest.notes.join(" ")).toMatch(/apostrophe/);
  });

  it("refuses a view naming a relationship the database does not hold, saying which", async () => {
    const response = await fetch(`${inject("atlas").baseUrl}/api/export`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ids: ["athens"], edges: ["MEMBER_OF:athens:nowhere"] }),
    });
    expect(response.status).toBe(409);
    expect(((await response.json()) as any).error.message).toMatch(/MEMBER_OF:athens:nowhere/);
  });
});

describe("export of a query", () => {
  it.each([
    [
      "nodes and relationships",
      "MATCH (c:City)-[r:MEMBER_OF]->(n:CityNetwork) RETURN c, r, n",
      "MATCH (c:City)-[r:MEMBER_OF]->(n:CityNetwork) UNWIND [c.id, n.id] AS node RETURN node, r.id AS edge",
    ],
    [
      "relationships alone (their ends come with them)",
      "MATCH ()-[r:FOUNDED]->() RETURN r",
      "MATCH (a)-[r:FOUNDED]->(b) UNWIND [a.id, b.id] AS node RETURN node, r.id AS edge",
    ],
    [
      "paths",
      "MATCH p = (:Actor {id: 'athens'})-[*1..2]-(:Actor {id: 'eurocities'}) RETURN p",
      "MATCH p = (:Actor {id: 'athens'})-[*1..2]-(:Actor {id: 'eurocities'}) UNWIND nodes(p) AS n UNWIND relationships(p) AS r RETURN n.id AS node, r.id AS edge",
    ],
    [
      "nodes only (no relationships)",
      "MATCH (c:City)-[:MEMBER_OF]->(n:CityNetwork {id: 'weldi'}) RETURN c, n",
      "MATCH (c:City)-[:MEMBER_OF]->(n:CityNetwork {id: 'weldi'}) UNWIND [c.id, n.id] AS node RETURN node, null AS edge",
    ],
  ])("holds exactly what the query returned: %s", async (_name, query, expected) => {
    const want = await truth(expected);
    expect(want.nodes.length).toBeGreaterThan(0);
    const { manifest, nodes, edges } = contents(await exportZip({ query }));
    expect(nodes).toEqual(want.nodes);
    expect(edges).toEqual(want.edges);
    expect(manifest.selection).toMatchObject({ kind: "query", query });
    expect(manifest.counts).toMatchObject({ nodes: want.nodes.length, edges: want.edges.length });
  });
});
