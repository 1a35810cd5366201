/** GEXF 1.3 parsed by fast-xml-parser: nodes, edges, declared attributes, the drawing as viz. */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { loadFixtureGraph } from "./loadFixtureGraph.ts";
import { writeGexf } from "./writeGexf.ts";

const { graph } = loadFixtureGraph();
const text = writeGexf(graph);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseAttributeValue: false,
  isArray: (name, _path, _leaf, isAttribute) =>
    !isAttribute && ["node", "edge", "attribute", "attvalue", "attributes"].includes(name),
});
type AttValue = { for: string; value: string };
type Element = { id: string; label: string; attvalues: { attvalue: AttValue[] } } & Record<string, unknown>;
const gexf = parser.parse(text).gexf as {
  version: string;
  graph: {
    attributes: Array<{ class: string; attribute: Array<{ id: string; title: string; type: string }> }>;
    nodes: { node: Element[] };
    edges: { edge: Array<Element & { source: string; target: string }> };
  };
};

function value(element: Element, scope: "node" | "edge", title: string): string | undefined {
  const declared = gexf.graph.attributes.find((a) => a.class === scope)!.attribute.find((a) => a.title === title);
  return element.attvalues.attvalue.find((v) => v.for === declared?.id)?.value;
}

describe("writeGexf", () => {
  it("is well-formed GEXF 1.3", () => {
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text).toContain('xmlns="http://gexf.net/1.3"');
    expect(gexf.version).toBe("1.3");
  });

  it("holds every node and edge with its ends", () => {
    expect(gexf.graph.nodes.node.map((n) => n.id).sort()).toEqual(graph.nodes().sort());
    const edges = gexf.graph.edges.edge;
    expect(edges).toHaveLength(graph.size);
    for (const edge of edges) expect(graph.hasDirectedEdge(edge.source, edge.target)).toBe(true);
  });

  it("declares typed attributes and keeps values, Unicode and the type", () => {
    const types = Object.fromEntries(
      gexf.graph.attributes.find((a) => a.class === "edge")!.attribute.map((a) => [a.title, a.type]),
    );
    expect(types.year).toBe("integer");
    const timisoara = gexf.graph.nodes.node.find((n) => n.id === "timisoara")!;
    expect(timisoara.label).toBe("Timișoara");
    expect(value(timisoara, "node", "type")).toBe("City");
    expect(value(timisoara, "node", "aliases")).toBe("Temesvár");
  });

  it("writes the drawing shown as viz position, size and colour", () => {
    const athens = gexf.graph.nodes.node.find((n) => n.id === "athens")!;
    expect(athens["viz:color"]).toMatchObject({ r: "18", g: "52", b: "86" });
    expect(Number((athens["viz:position"] as { x: string }).x)).toBeCloseTo(-485.83);
    expect(Number((athens["viz:size"] as { value: string }).value)).toBe(6.5);
  });
});
