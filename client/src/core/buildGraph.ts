/**
 * Turns an API subgraph into the client's graphology instance: nodes keyed by actor id, edges by
 * relationship id, with the attributes sigma reads (x, y, size, color, label).
 */
import Graph from "graphology";
import type { SubgraphDto } from "../api/subgraph.ts";
import { getTypeColour } from "./palette.ts";

export type AtlasGraph = Graph;

export function toGraph(subgraph: SubgraphDto): AtlasGraph {
  const graph = new Graph({ multi: true, type: "directed", allowSelfLoops: false });
  const count = subgraph.nodes.length;
  subgraph.nodes.forEach((node, index) => {
    // A circle as the starting layout: deterministic, and ForceAtlas2 untangles it.
    const angle = (2 * Math.PI * index) / Math.max(count, 1);
    graph.addNode(node.id, {
      label: node.name,
      actorType: node.type,
      country: node.country,
      lat: node.lat,
      lon: node.lon,
      color: getTypeColour(node.type),
      x: 100 * Math.cos(angle),
      y: 100 * Math.sin(angle),
      size: 3,
    });
  });
  for (const edge of subgraph.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      relType: edge.type,
      year: edge.year,
      color: "#c8c8c8",
      size: 1,
    });
  }
  graph.forEachNode((node) => graph.setNodeAttribute(node, "size", 3 + 1.6 * Math.sqrt(graph.degree(node))));
  return graph;
}
