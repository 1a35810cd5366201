/**
 * The projection view's graph ("who is tied through what"): the actors of one type linked by
 * SHARES links, one per pair that shares intermediaries, as the server's projection answers.
 * It is an AtlasGraph like the network's, so the filters, the metrics, the table and the export
 * work on it unchanged; a link's width grows with its weight.
 */
import type { ProjectionDto } from "../../api/analysisQueries.ts";
import { assignSizes, createAtlasGraph, EDGE_COLOUR, mergeSubgraph, type AtlasGraph } from "../atlasGraph.ts";

export const SHARES = "SHARES";

/** Wide enough to tell weights apart, thin enough that dense projections stay readable. */
export const getLinkWidth = (weight: number) => Math.min(1 + 1.5 * Math.sqrt(weight - 1), 8);

export const toProjectionLinkId = (from: string, to: string) => `${SHARES}:${from}:${to}`;

/**
 * Builds the projection's graph. Actors start where the network graph placed them, so that the
 * layout run on it next (deterministic, like the network's) keeps related actors near.
 */
export function toProjectionGraph(answer: ProjectionDto, network: AtlasGraph | null): AtlasGraph {
  const graph = createAtlasGraph();
  const nodes = new Map(answer.edges.flatMap((e) => [e.from, e.to]).map((node) => [node.id, node]));
  mergeSubgraph(graph, { nodes: [...nodes.values()], edges: [] });
  for (const { from, to, weight, via } of answer.edges) {
    const relationships = via.flatMap((v) => v.relationships);
    graph.addDirectedEdgeWithKey(toProjectionLinkId(from.id, to.id), from.id, to.id, {
      relType: SHARES,
      type: "line",
      weight,
      via: via.map((v) => v.id),
      year: null,
      until: null,
      status: null,
      office: null,
      purpose: `Share ${via.map((v) => v.name).join(", ")}`,
      sources: [...new Set(relationships.flatMap((r) => r.sources))].sort(),
      size: getLinkWidth(weight),
      color: EDGE_COLOUR,
    });
  }
  assignSizes(graph);
  graph.forEachNode((node) => {
    if (network?.hasNode(node)) {
      const { x, y } = network.getNodeAttributes(node);
      graph.mergeNodeAttributes(node, { x, y });
    }
  });
  return graph;
}
