/** GraphML parsed by fast-xml-parser: typed keys, every node and edge, values verbatim. */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { loadFixtureGraph } from "./loadFixtureGraph.ts";
import { writeGraphml } from "./writeGraphml.ts";

const { graph } = loadFixtureGraph();
const text = writeGraphml(graph);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  trimValues: false,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ["key", "node", "edge", "data"].includes(name),
});
const doc = parser.parse(text).graphml as {
  key: Array<{ id: string; for: string; "attr.name": string; "attr.type": string }>;
  graph: {
    edgedefault: string;
    node: Array<{ id: string; data: Array<{ key: string; "#text": string }> }>;
    edge: Array<{ id: string; source: string; target: string; data: Array<{ key: string; "#text": string }> }>;
  };
};
const dataOf = (element: { data: Array<{ key: string; "#text": string }> }, key: string) =>
  element.data.find((d) => d.key === key)?.["#text"];

describe("writeGraphml", () => {
  it("is well-formed XML in the GraphML namespace, directed", () => {
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text).toContain('xmlns="http://graphml.graphdrawing.org/xmlns"');
    expect(doc.graph.edgedefault).toBe("directed");
  });

  it("declares one typed key per property, drawing included", () => {
    const type = (scope: string, name: string) =>
      doc.key.find((k) => k.for === scope && k["attr.name"] === name)?.["attr.type"];
    expect(type("node", "name")).toBe("string");
    expect(type("node", "lat")).toBe("double");
    expect(type("node", "x")).toBe("double");
    expect(type("node", "aliases")).toBe("string");
    expect(type("edge", "year")).toBe("int");
    expect(type("edge", "type")).toBe("string");
    // The id is the element's attribute; a data key of that name confuses igraph.
    expect(type("node", "id")).toBeUndefined();
    const ids = doc.key.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("holds every node and edge with its ends, and values verbatim", () => {
    expect(doc.graph.node.map((n) => n.id).sort()).toEqual(graph.nodes().sort());
    expect(doc.graph.edge.map((e) => e.id).sort()).toEqual(graph.edges().sort());
    for (const edge of doc.graph.edge) {
      expect(edge.source).toBe(graph.source(edge.id));
      expect(edge.target).toBe(graph.target(edge.id));
    }
    const node = (id: string) => doc.graph.node.find((n) => n.id === id)!;
    expect(dataOf(node("timisoara"), "n_label")).toBe("Timișoara");
    expect(dataOf(node("thessaloniki"), "n_aliases")).toBe("Θεσσαλονίκη");
    expect(dataOf(node("refugees-welcome"), "n_label")).toBe('Refugees "Welcome", Barcelona');
    expect(dataOf(node("eurocities"), "n_description")).toBe('=HYPERLINK("http://evil.example","click")');
    expect(Number(dataOf(node("barcelona"), "n_x"))).toBeCloseTo(-862.13);
    expect(dataOf(node("athens"), "n_color")).toBe("#123456");
    const founded = doc.graph.edge.find((e) => e.id === "FOUNDED:athens:solidarity-cities:2016")!;
    expect(dataOf(founded, "e_quotes")).toBe("making the launch of **Solidarity Cities** possible in 2016");
  });
});
