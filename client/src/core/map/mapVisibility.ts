/**
 * On the map, an actor without a place of its own (../geoLayout.ts) is not drawn, nor are its
 * relationships; it is listed apart ("Not on the map") so that nothing the filters show is lost.
 */
import type { AtlasGraph } from "../atlasGraph.ts";
import type { Visibility } from "../filters.ts";

export interface MapVisibility {
  visibility: Visibility;
  /** Shown by the filters but without a place on the map, sorted by name. */
  unmapped: string[];
}

export function toMapVisibility(graph: AtlasGraph, visibility: Visibility, unplaced: readonly string[]): MapVisibility {
  const off = new Set(unplaced.filter((id) => visibility.nodes.has(id)));
  if (off.size === 0) return { visibility, unmapped: [] };
  const nodes = new Set([...visibility.nodes].filter((id) => !off.has(id)));
  const edges = new Set(
    [...visibility.edges].filter((edge) => nodes.has(graph.source(edge)) && nodes.has(graph.target(edge))),
  );
  const label = (id: string) => graph.getNodeAttribute(id, "label");
  return { visibility: { nodes, edges }, unmapped: [...off].sort((a, b) => label(a).localeCompare(label(b))) };
}
