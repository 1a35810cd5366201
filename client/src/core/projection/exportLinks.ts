/**
 * The drawn links of a view as an export request sends them: stored relationships by id, and a
 * projection's SHARES links in full (the database holds no such relationship to look up).
 */
import type { DerivedLink } from "@atlas/model";
import type { AtlasGraph } from "../atlasGraph.ts";
import { SHARES } from "./projectionGraph.ts";

export function toExportLinks(
  graph: AtlasGraph,
  edges: readonly string[],
): { edges: string[]; derived: DerivedLink[] } {
  const stored: string[] = [];
  const derived: DerivedLink[] = [];
  for (const edge of edges) {
    const a = graph.getEdgeAttributes(edge);
    if (a.relType !== SHARES) stored.push(edge);
    else
      derived.push({
        source: graph.source(edge),
        target: graph.target(edge),
        type: SHARES,
        weight: a.weight ?? 0,
        via: a.via ?? [],
        sources: a.sources,
      });
  }
  return { edges: stored, derived };
}
