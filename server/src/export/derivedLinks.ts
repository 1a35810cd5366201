/**
 * Links the explorer derives instead of reading them from the database: a projection's SHARES
 * links (two actors sharing `weight` intermediaries, the `via` ids). The database holds no such
 * relationship, so an export of a projection view carries them in its request (validated with
 * model's `derivedLinkSchema`); they become relationship rows beside the stored ones, citing the
 * documents of the relationships they rest on.
 */
import type { DerivedLink } from "@atlas/model";
import type { RelationshipRow } from "./exportGraph.ts";

export function toDerivedRows(links: readonly DerivedLink[]): RelationshipRow[] {
  return links.map(({ source, target, type, weight, via, sources }) => ({
    source,
    target,
    type,
    properties: { id: `${type}:${source}:${target}`, weight, via, sources },
  }));
}
