/**
 * Every export format read back by an independent reader: networkx and igraph (Debian's Python
 * packages) for GraphML and GEXF, csv-parse for CSV, graphology for its JSON. Counts, attributes
 * and Unicode names must survive. (The Cypher script is replayed into an empty Neo4j of its own
 * by the slow test cypherReplay.slow.int.test.ts.)
 */
import { parse } from "csv-parse/sync";
import { XMLValidator } from "fast-xml-parser";
import { unzipSync, strFromU8 } from "fflate";
import Graph from "graphology";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const UNICODE_IDS = ["timisoara", "fundao", "liege", "thessaloniki"];
const SUBGRAPH_IDS = [
  ...UNICODE_IDS,
  "weldi",
  "eurocities",
  "amsterdam",
  "zurich",
  "athens",
  "solidarity-cities-initiative",
  "carsten-sieling",
  "bremen",
];
const workDir = mkdtempSync(path.join(os.tmpdir(), "atlas-export-test-"));
let files: Record<string, string>;
let raw: Record<string, Uint8Array>;
let manifest: any;
let expected: { nodes: Map<string, any>; edges: Map<string, any> };

async function exportZip(body: unknown): Promise<Record<string, Uint8Array>> {
  const response = await fetch(`${inject("atlas").baseUrl}/api/export`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(
    response.status,
    await response
      .clone()
      .text()
      .then((t) => t.slice(0, 300)),
  ).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/zip");
  return unzipSync(new Uint8Array(await response.arrayBuffer()));
}

beforeAll(async () => {
  raw = await exportZip({
    ids: SUBGRAPH_IDS,
    title: "Solidarity Cities and WELDI",
    viewUrl: "/?nodes=athens",
    filters: { types: null },
  });
  files = Object.fromEntries(
    Object.entries(raw)
      .filter(([name]) => name !== "figure.png")
      .map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
  manifest = JSON.parse(files["manifest.json"]!);
  const graph = Graph.from(JSON.parse(files["graph.json"]!));
  expected = {
    nodes: new Map(graph.mapNodes((node, a) => [node, a])),
    edges: new Map(graph.mapEdges((edge, a) => [edge, a])),
  };
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function readWithPython(kind: string, file: string) {
  const target = path.join(workDir, file);
  writeFileSync(target, raw[file]!);
  const result = spawnSync(
    "/usr/bin/python3",
    [path.resolve(import.meta.dirname, "../../../test/readers/read_graph.py"), kind, target],
    {
      encoding: "utf8",
    },
  );
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout);
}

describe("export bundle", () => {
  it("holds every format and a manifest that says how to reproduce it", () => {
    expect(Object.keys(raw).sort()).toEqual(
      [
        "edges.csv",
        "evidence.csv",
        "evidence.md",
        "figure.png",
        "figure.svg",
        "graph.cyjs",
        "graph.cypher",
        "graph.gexf",
        "graph.graphml",
        "graph.json",
        "manifest.json",
        "nodes.csv",
        "sources.bib",
        "sources.csl.json",
      ].sort(),
    );
    expect(manifest).toMatchObject({
      generator: "Solidarity Atlas",
      selection: { kind: "ids", viewUrl: "/?nodes=athens", filters: { types: null } },
      counts: { nodes: SUBGRAPH_IDS.length },
      pngDpi: 300,
    });
    expect(manifest.datasetVersion).toMatch(/^seed-[0-9a-f]{12}$/);
    expect(new Date(manifest.exportedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(manifest.counts.edges).toBe(expected.edges.size);
    expect(manifest.contents.actors.sort()).toEqual([...expected.nodes.keys()].sort());
    expect(manifest.contents.relationships.sort()).toEqual([...expected.edges.keys()].sort());
    expect(expected.edges.size).toBeGreaterThan(10);
  });

  it("GraphML reads back in networkx with the same nodes, edges and typed attributes", () => {
    const read = readWithPython("graphml-networkx", "graph.graphml");
    expect(read.nodes).toBe(expected.nodes.size);
    expect(read.edges).toBe(expected.edges.size);
    expect(read.node_attributes.timisoara.name).toBe("Timișoara");
    expect(read.node_attributes.fundao.name).toBe("Fundão");
    expect(read.node_attributes.liege.name).toBe("Liège");
    expect(read.node_attributes.thessaloniki.aliases).toContain("Θεσσαλονίκη");
    expect(typeof read.node_attributes.athens.lat).toBe("number");
    const founded = Object.values(read.edge_attributes).find((e: any) => e.type === "FOUNDED" && e.year === 2016);
    expect(founded).toBeDefined();
  });

  it("GraphML reads back in igraph, directed, with the same counts", () => {
    const read = readWithPython("graphml-igraph", "graph.graphml");
    expect(read).toMatchObject({ nodes: expected.nodes.size, edges: expected.edges.size, directed: true });
    expect(read.node_attributes.fundao.name).toBe("Fundão");
  });

  it("GEXF 1.3 reads back in networkx with attributes and Unicode", () => {
    expect(files["graph.gexf"]).toContain('xmlns="http://gexf.net/1.3"');
    const read = readWithPython("gexf-networkx", "graph.gexf");
    expect(read.nodes).toBe(expected.nodes.size);
    expect(read.edges).toBe(expected.edges.size);
    expect(read.node_attributes.liege.label).toBe("Liège");
    expect(read.node_attributes.timisoara.type).toBe("City");
    expect(read.node_attributes.athens.viz.color).toBeDefined();
  });

  it("CSV parses back (RFC 4180) into the same nodes and edges", () => {
    const nodes = parse(files["nodes.csv"]!, { columns: true }) as Array<Record<string, string>>;
    const edges = parse(files["edges.csv"]!, { columns: true }) as Array<Record<string, string>>;
    expect(files["nodes.csv"]).toContain("\r\n");
    expect(nodes).toHaveLength(expected.nodes.size);
    expect(edges).toHaveLength(expected.edges.size);
    expect(nodes.find((n) => n.id === "timisoara")!.label).toBe("Timișoara");
    for (const edge of edges) {
      expect(expected.edges.get(edge.id!)).toBeDefined();
      expect(SUBGRAPH_IDS).toContain(edge.source);
      expect(SUBGRAPH_IDS).toContain(edge.target);
    }
  });

  it("Cytoscape.js JSON holds the same elements", () => {
    const cy = JSON.parse(files["graph.cyjs"]!);
    expect(cy.elements.nodes).toHaveLength(expected.nodes.size);
    expect(cy.elements.edges).toHaveLength(expected.edges.size);
    expect(cy.elements.nodes.find((n: any) => n.data.id === "fundao").data.name).toBe("Fundão");
  });

  it("cites the documents behind the edges as BibTeX, CSL-JSON and an evidence table", () => {
    const documents = new Set([...expected.edges.values()].flatMap((e) => e.properties.sources));
    const csl = JSON.parse(files["sources.csl.json"]!);
    expect(csl).toHaveLength(manifest.counts.sources);
    expect(csl.length).toBeGreaterThanOrEqual(documents.size);
    expect(files["sources.bib"]).toMatch(/@techreport\{\w+,\n {2}title = \{/);
    const evidence = parse(files["evidence.csv"]!, { columns: true }) as Array<Record<string, string>>;
    expect(evidence.length).toBeGreaterThanOrEqual(expected.edges.size);
    expect(evidence.every((row) => row.quote!.length > 0 && row.citation!.length > 0)).toBe(true);
    expect(files["evidence.md"]).toContain("| From | Relationship | To | Year | Source | Evidence |");
  });

  it("draws the figure as valid SVG and a PNG at 300 dpi over an A4 width, with a legend and title", () => {
    expect(XMLValidator.validate(files["figure.svg"]!)).toBe(true);
    expect(files["figure.svg"]).toContain("Solidarity Cities and WELDI");
    expect(files["figure.svg"]).toContain("City (");
    expect(files["figure.svg"]).toContain("Timișoara");
    const png = PNG.sync.read(Buffer.from(raw["figure.png"]!));
    expect(png.width).toBe(2480);
    expect(png.height).toBeGreaterThan(500);
    let coloured = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 200 || png.data[i + 1]! < 200) coloured++;
    expect(coloured / (png.width * png.height)).toBeGreaterThan(0.005);
  });
});

describe("GET /api/export", () => {
  it("answers a single format for a read-only query", async () => {
    const query = encodeURIComponent("MATCH (c:City)-[r:MEMBER_OF]->(n:CityNetwork {id: 'weldi'}) RETURN c, r, n");
    const response = await fetch(`${inject("atlas").baseUrl}/api/export?format=graphml&query=${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("graph.graphml");
    const [, nodes, edges] = /^(\d+) nodes, (\d+) edges$/.exec(response.headers.get("x-export-counts") ?? "")!;
    expect(Number(nodes)).toBe(11);
    // Exactly the query's relationships: one per member city.
    expect(Number(edges)).toBe(10);
  });

  it.each([
    ["no selection", "format=graphml", /exactly one of ids, query or all/],
    ["an unknown format", "format=docx&all=1", /format/],
    ["a bad dpi", "format=png&all=1&dpi=5000", /dpi/],
    ["a write query", `format=csv&query=${encodeURIComponent("MATCH (n) DETACH DELETE n")}`, /read-only/],
  ])("refuses %s", async (_name, query, message) => {
    const response = await fetch(`${inject("atlas").baseUrl}/api/export?${query}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).error.message).toMatch(message);
  });
});

describe("POST /api/export of a map view", () => {
  const post = (body: object) =>
    fetch(`${inject("atlas").baseUrl}/api/export`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ids: ["athens", "bremen"], formats: ["svg"], single: true, ...body }),
    });
  // Mercator at MAP_MERCATOR_SCALE, as the explorer's map layout places them.
  const positions = { athens: { x: 414.2, y: 717.5 }, bremen: { x: 153.6, y: 1097.2 } };

  it("draws the country outlines under a geo layout's positions, and none under a force layout's", async () => {
    const geo = await post({ positions, layout: "geo" });
    expect(geo.status).toBe(200);
    expect(await geo.text()).toMatch(/<path class="countries" d="M/);
    const force = await post({ positions, layout: "force" });
    expect(await force.text()).not.toContain('class="countries"');
  });

  it("refuses a geo layout without the positions it drew", async () => {
    const response = await post({ layout: "geo" });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).error.message).toMatch(/geo layout comes with the positions/);
  });
});
