/** nodes.csv and edges.csv (RFC 4180: CRLF, quotes where needed, UTF-8), one column per property. */
import { stringify } from "csv-stringify/sync";
import { getAttributeColumns } from "./attributeSchema.ts";
import { toText, type ExportGraph } from "./exportGraph.ts";

export function writeCsv(graph: ExportGraph): { nodes: string; edges: string } {
  const nodeColumns = getAttributeColumns(graph.mapNodes((_n, a) => a.properties))
    .map((c) => c.name)
    .filter((c) => !["id", "type"].includes(c));
  const edgeColumns = getAttributeColumns(graph.mapEdges((_e, a) => a.properties))
    .map((c) => c.name)
    .filter((c) => c !== "id");
  const options = { record_delimiter: "windows" as const, header: true };
  const nodes = stringify(
    graph.mapNodes((node, a) => [
      node,
      a.label,
      a.type,
      a.x,
      a.y,
      a.size,
      a.color,
      ...nodeColumns.map((c) => toText(a.properties[c])),
    ]),
    { ...options, columns: ["id", "label", "type", "x", "y", "size", "color", ...nodeColumns] },
  );
  const edges = stringify(
    graph.mapEdges((edge, a, source, target) => [
      edge,
      source,
      target,
      a.type,
      ...edgeColumns.map((c) => toText(a.properties[c])),
    ]),
    { ...options, columns: ["id", "source", "target", "type", ...edgeColumns] },
  );
  return { nodes, edges };
}
