/** GEXF 1.3 (Gephi) through graphology-gexf, with typed attributes and the drawing as viz data. */
import gexf from "graphology-gexf";
import { toText, type ExportGraph } from "./exportGraph.ts";

/** r, g, b attributes rather than GEXF 1.3's hex form: every GEXF reader understands them. */
function toRgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

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
      viz: { color: toRgb(a.color), x: a.x, y: a.y, size: a.size },
    }),
    formatEdge: (_key, a) => ({ label: a.type, attributes: flatten({ ...a.properties, type: a.type }) }),
  });
}
