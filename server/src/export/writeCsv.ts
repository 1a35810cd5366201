/** nodes.csv and edges.csv, one column per property (lists joined, see LIST_SEPARATOR). */
import { getAttributeColumns } from "./attributeSchema.ts";
import { toText, type ExportGraph } from "./exportGraph.ts";
import { toCsv, type CsvCell, type Plain } from "@atlas/model";

/** Numbers stay numbers (never neutralised); everything else is text. */
const toCell = (value: Plain | undefined): CsvCell => (typeof value === "number" ? value : toText(value));

export function writeCsv(graph: ExportGraph): { nodes: string; edges: string } {
  const nodeColumns = getAttributeColumns(graph.mapNodes((_n, a) => a.properties))
    .map((c) => c.name)
    .filter((c) => !["id", "type", "label", "x", "y", "size", "color"].includes(c));
  const edgeColumns = getAttributeColumns(graph.mapEdges((_e, a) => a.properties))
    .map((c) => c.name)
    .filter((c) => !["id", "source", "target", "type"].includes(c));
  const nodes = toCsv(
    ["id", "label", "type", "x", "y", "size", "color", ...nodeColumns],
    graph.mapNodes((node, a) => [
      node,
      a.label,
      a.type,
      a.x,
      a.y,
      a.size,
      a.color,
      ...nodeColumns.map((c) => toCell(a.properties[c])),
    ]),
  );
  const edges = toCsv(
    ["id", "source", "target", "type", ...edgeColumns],
    graph.mapEdges((edge, a, source, target) => [
      edge,
      source,
      target,
      a.type,
      ...edgeColumns.map((c) => toCell(a.properties[c])),
    ]),
  );
  return { nodes, edges };
}
