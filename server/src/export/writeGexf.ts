/** GEXF 1.3 (Gephi) through graphology-gexf, with typed attributes and the drawing as viz data. */
import gexf from "graphology-gexf";
import { toText, type ExportGraph } from "./exportGraph.ts";

export function writeGexf(graph: ExportGraph): string {
  const flatten = (properties: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(properties)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, Array.isArray(v) ? toText(v as never) : v]),
    );
  return gexf.write(graph, {
    version: "1.3",
    formatNode: (_key, a) => ({
      label: a.label,
      attributes: flatten({ ...a.properties, type: a.type }),
      viz: { color: a.color, x: a.x, y: a.y, size: a.size },
    }),
    formatEdge: (_key, a) => ({ label: a.type, attributes: flatten({ ...a.properties, type: a.type }) }),
  });
}
