/** Pure helpers: what hides an actor, and the view with revealed actors added. */
import type { AtlasGraph } from "../atlasGraph.ts";
import { isEdgeAllowed, NO_COUNTRY, type Filters, type Visibility } from "../filters.ts";

/** Why the filters or the focus hide an actor, in words ("the filters hide its type"); empty when nothing does. */
export function getHidingReasons(
  graph: AtlasGraph,
  id: string,
  filters: Filters,
  subset: ReadonlySet<string> | null,
): string[] {
  if (!graph.hasNode(id)) return [];
  const actor = graph.getNodeAttributes(id);
  const reasons: string[] = [];
  if (filters.types && !filters.types.includes(actor.actorType)) reasons.push("the filters hide its type");
  if (filters.countries && !filters.countries.includes(actor.country ?? NO_COUNTRY))
    reasons.push("the filters hide its country");
  if (filters.sources && !actor.sources.some((s) => filters.sources!.includes(s)))
    reasons.push("the filters hide its documents");
  if (subset && !subset.has(id)) reasons.push("the focus leaves it out");
  // A year range hides actors without a collaboration in it.
  if (
    reasons.length === 0 &&
    filters.years &&
    !graph.someEdge(id, (_edge, attributes) => isEdgeAllowed(attributes, filters))
  ) {
    reasons.push("the year range hides it");
  }
  return reasons;
}

/** visibility plus the revealed actors and their allowed collaborations with shown actors. */
export function toRevealedVisibility(
  graph: AtlasGraph,
  visibility: Visibility,
  filters: Filters,
  revealed: ReadonlySet<string>,
): Visibility {
  const extra = [...revealed].filter((id) => graph.hasNode(id) && !visibility.nodes.has(id));
  if (extra.length === 0) return visibility;
  const nodes = new Set([...visibility.nodes, ...extra]);
  const edges = new Set(visibility.edges);
  for (const id of extra) {
    graph.forEachEdge(id, (edge, attributes, source, target) => {
      if (nodes.has(source) && nodes.has(target) && isEdgeAllowed(attributes, filters)) edges.add(edge);
    });
  }
  return { nodes, edges };
}
