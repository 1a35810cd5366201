/**
 * Collapse, the reverse of expand: the actors an expansion added leave the subset again, unless
 * something else holds them (another expansion still shown, the selection, a pin, the path, or
 * an expansion of their own). Without a record of the expansion (a view opened from a URL), the
 * neighbours that hang on the actor alone leave.
 */
import type { AtlasGraph } from "../atlasGraph.ts";

/** Per expanded actor, the actors its expansion added to the subset. */
export type Expansions = Readonly<Record<string, readonly string[]>>;

export function getCollapsedSubset(
  graph: AtlasGraph,
  subset: ReadonlySet<string>,
  id: string,
  expansions: Expansions,
  kept: ReadonlySet<string>,
): Set<string> {
  if (!graph.hasNode(id)) throw new Error(`getCollapsedSubset: actor "${id}" is not in the graph`);
  const heldElsewhere = (node: string) =>
    kept.has(node) ||
    (node in expansions && subset.has(node)) ||
    Object.entries(expansions).some(([other, added]) => other !== id && subset.has(other) && added.includes(node));
  const recorded = expansions[id];
  const leaving = recorded
    ? recorded.filter((node) => node !== id && !heldElsewhere(node))
    : graph
        .neighbors(id)
        .filter((node) => !heldElsewhere(node) && graph.neighbors(node).every((n) => n === id || !subset.has(n)));
  const next = new Set(subset);
  for (const node of leaving) next.delete(node);
  return next;
}
