/**
 * Estimates the JSON bytes a driver value will take in a console answer, walking at most `budget`
 * bytes' worth of it: a 5-million-item list costs a bounded walk, not a stall of the event loop
 * (converting and serialising such a row once froze the server for about 19 s). Nodes,
 * relationships and paths count twice: the answer lists them in its rows and in its graph.
 */
import neo4j, { isNode, isPath, isRelationship, type Node, type Relationship } from "neo4j-driver";

/** The estimated size of `value`, or undefined once it passes `budget`. */
export function sizeWithin(value: unknown, budget: number): number | undefined {
  let total = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    total += ownSize(item, pending);
    if (total > budget) return undefined;
  }
  return total;
}

/** The bytes of `item` itself; its parts are pushed onto `pending` to be counted in turn. */
function ownSize(item: unknown, pending: unknown[]): number {
  if (item === null || item === undefined || typeof item === "boolean") return 5;
  if (typeof item === "number" || typeof item === "bigint" || neo4j.isInt(item)) return 21;
  if (typeof item === "string") return item.length + 3;
  if (Array.isArray(item)) {
    for (const element of item) pending.push(element);
    return 2 + item.length;
  }
  if (typeof item !== "object") return 8;
  if (isNode(item)) return 2 * graphSize(item, pending);
  if (isRelationship(item)) return 2 * graphSize(item, pending);
  if (isPath(item)) {
    for (const segment of item.segments) pending.push(segment.start, segment.relationship, segment.end);
    pending.push(item.start);
    return 40;
  }
  // Maps; temporal and spatial values are small objects with few fields, counted the same way.
  let keys = 2;
  for (const [key, element] of Object.entries(item)) {
    keys += key.length + 4;
    pending.push(element);
  }
  return keys;
}

function graphSize(item: Node | Relationship, pending: unknown[]): number {
  // The properties are counted twice as well: each node appears in the rows and in the graph.
  pending.push(item.properties, item.properties);
  const labels = isNode(item) ? item.labels.join("").length + 4 * item.labels.length : item.type.length;
  return 80 + item.elementId.length * 3 + labels;
}
