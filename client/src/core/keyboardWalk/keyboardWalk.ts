/**
 * Walking the graph from the keyboard: the order the arrow keys go through the actors (the
 * selected actor's shown neighbours, or every shown actor when nothing is selected, by name) and
 * how a key moves the cursor in that order, wrapping at either end.
 */
import type { AtlasGraph } from "../atlasGraph.ts";
import type { Visibility } from "../filters.ts";

const byLabel = (graph: AtlasGraph) => (a: string, b: string) =>
  graph.getNodeAttribute(a, "label").localeCompare(graph.getNodeAttribute(b, "label")) || a.localeCompare(b);

/** The actors the walk goes through, in order; each neighbour once whatever the relationships between. */
export function getWalkOrder(graph: AtlasGraph, visibility: Visibility, centre: string | null): string[] {
  if (centre === null || !visibility.nodes.has(centre)) return [...visibility.nodes].sort(byLabel(graph));
  const neighbours = new Set<string>();
  graph.forEachEdge(centre, (edge, _attributes, source, target) => {
    if (!visibility.edges.has(edge)) return;
    neighbours.add(source === centre ? target : source);
  });
  return [...neighbours].sort(byLabel(graph));
}

const FORWARD = new Set(["ArrowRight", "ArrowDown"]);
const BACKWARD = new Set(["ArrowLeft", "ArrowUp"]);

export function isWalkKey(key: string): boolean {
  return FORWARD.has(key) || BACKWARD.has(key) || key === "Home" || key === "End";
}

/**
 * The cursor's index after `key` in a list of `count`: forward from nothing starts at the first,
 * backward from nothing at the last; null when the list is empty.
 */
export function getNextWalkIndex(index: number | null, count: number, key: string): number | null {
  if (count === 0) return null;
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  if (FORWARD.has(key)) return index === null ? 0 : (index + 1) % count;
  if (BACKWARD.has(key)) return index === null ? count - 1 : (index - 1 + count) % count;
  throw new Error(`getNextWalkIndex: "${key}" is not a walking key`);
}
