/** graphology's own serialisation, and Cytoscape.js elements JSON (with positions). */
import type { ExportGraph } from "./exportGraph.ts";

export function writeGraphologyJson(graph: ExportGraph): string {
  return JSON.stringify(graph.export(), null, 2);
}

export function writeCytoscapeJson(graph: ExportGraph): string {
  return JSON.stringify(
    {
      format_version: "1.0",
      generated_by: "Solidarity Atlas",
      elements: {
        nodes: graph.mapNodes((node, a) => ({
          data: { ...a.properties, id: node, label: a.label, type: a.type, color: a.color },
          position: { x: a.x, y: -a.y },
        })),
        edges: graph.mapEdges((edge, a, source, target) => ({
          data: { ...a.properties, id: edge, source, target, type: a.type },
        })),
      },
    },
    null,
    2,
  );
}
