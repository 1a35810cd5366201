/**
 * What an export of the view holds: the actors and relationships drawn now. Overview group
 * nodes and the links between groups stand for many actors, so they are counted, not exported.
 */
import type { AtlasGraph } from "./atlasGraph.ts";
import { GROUP_LINK, isGroupNode } from "./overviewGroups.ts";
import type { Visibility } from "./filters.ts";

export interface DrawnIds {
  ids: string[];
  edges: string[];
  /** Group nodes drawn (overview mode). */
  groups: number;
}

export function getDrawnIds(graph: AtlasGraph, visibility: Visibility): DrawnIds {
  const ids = [...visibility.nodes].filter((id) => graph.hasNode(id) && !isGroupNode(graph, id));
  const actors = new Set(ids);
  const edges = [...visibility.edges].filter(
    (edge) =>
      graph.hasEdge(edge) &&
      graph.getEdgeAttribute(edge, "relType") !== GROUP_LINK &&
      actors.has(graph.source(edge)) &&
      actors.has(graph.target(edge)),
  );
  return { ids, edges, groups: visibility.nodes.size - ids.length };
}
