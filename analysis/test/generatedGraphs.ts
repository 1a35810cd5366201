/**
 * Seeded random graphs held both ways, as graphology's path and the compact path take them:
 * planted groups (most relationships inside a group), with parallel relationships, both
 * directions, self-loops and a type whose direction means nothing, as the database holds them.
 */
import { createSeededRandom } from "@atlas/model";
import type { CompactLinks } from "../src/compact/compactGraphs.ts";
import type { RelationshipLink } from "../src/simpleGraphs.ts";

export const isDirected = (type: string) => type !== "MET";

export interface GeneratedGraph {
  ids: string[];
  links: RelationshipLink[];
  compact: CompactLinks;
  /** The planted group of each actor. */
  groups: number[];
}

export function generateGraph(
  order: number,
  relationships: number,
  { groups = 1, inside = 1, seed = 1 }: { groups?: number; inside?: number; seed?: number } = {},
): GeneratedGraph {
  const random = createSeededRandom(seed);
  const pick = (below: number) => Math.floor(random() * below);
  const ids = Array.from({ length: order }, (_, i) => `n${i}`);
  const group = ids.map((_, i) => i % groups);
  const compact: CompactLinks = {
    order,
    count: relationships,
    sources: new Uint32Array(relationships),
    targets: new Uint32Array(relationships),
    directed: new Uint8Array(relationships),
  };
  const links: RelationshipLink[] = [];
  for (let i = 0; i < relationships; i++) {
    const source = pick(order);
    // Another actor of the same group (the group's members are source's residue mod groups).
    const sameGroup = (pick(Math.ceil(order / groups)) * groups + group[source]!) % order;
    const target = random() < inside ? sameGroup : pick(order);
    const type = random() < 0.2 ? "MET" : "FUNDS";
    links.push({ source: ids[source]!, target: ids[target]!, type });
    compact.sources[i] = source;
    compact.targets[i] = target;
    compact.directed[i] = isDirected(type) ? 1 : 0;
  }
  return { ids, links, compact, groups: group };
}
