/**
 * GraphML writer. graphology-graphml only parses, so this one is ours: typed <key> declarations
 * for every property (lists joined, see LIST_SEPARATOR), plus label, x, y, size and colour as
 * drawn, readable by Gephi, yEd, Cytoscape, networkx and igraph.
 */
import { getAttributeColumns, type AttributeColumn } from "./attributeSchema.ts";
import { toText, type ExportGraph } from "./exportGraph.ts";
import { escapeXml } from "./xml.ts";

const DRAWING: AttributeColumn[] = [
  { name: "label", type: "string", list: false },
  { name: "x", type: "double", list: false },
  { name: "y", type: "double", list: false },
  { name: "size", type: "double", list: false },
  { name: "color", type: "string", list: false },
];

export function writeGraphml(graph: ExportGraph): string {
  const nodeColumns = [
    ...DRAWING,
    ...getAttributeColumns(graph.mapNodes((_n, a) => a.properties)).filter(
      // The id is the element's own id attribute; a data column of the same name confuses igraph.
      (c) => c.name !== "id" && !DRAWING.some((d) => d.name === c.name),
    ),
  ];
  const edgeColumns = [
    { name: "type", type: "string", list: false } as AttributeColumn,
    ...getAttributeColumns(graph.mapEdges((_e, a) => a.properties)).filter((c) => c.name !== "type" && c.name !== "id"),
  ];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeColumns.map(
      (c) => `  <key id="n_${c.name}" for="node" attr.name="${escapeXml(c.name)}" attr.type="${c.type}"/>`,
    ),
    ...edgeColumns.map(
      (c) => `  <key id="e_${c.name}" for="edge" attr.name="${escapeXml(c.name)}" attr.type="${c.type}"/>`,
    ),
    '  <graph id="solidarity-atlas" edgedefault="directed">',
  ];
  const data = (prefix: string, column: AttributeColumn, value: unknown) =>
    value === null || value === undefined || value === ""
      ? ""
      : `<data key="${prefix}_${column.name}">${escapeXml(toText(value as never))}</data>`;
  graph.forEachNode((node, a) => {
    const values: Record<string, unknown> = {
      ...a.properties,
      label: a.label,
      x: a.x,
      y: a.y,
      size: a.size,
      color: a.color,
    };
    lines.push(
      `    <node id="${escapeXml(node)}">${nodeColumns.map((c) => data("n", c, values[c.name])).join("")}</node>`,
    );
  });
  graph.forEachEdge((edge, a, source, target) => {
    const values: Record<string, unknown> = { ...a.properties, type: a.type };
    lines.push(
      `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${edgeColumns.map((c) => data("e", c, values[c.name])).join("")}</edge>`,
    );
  });
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
