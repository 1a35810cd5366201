/**
 * Links the explorer derives instead of reading them from the database: a projection's SHARES
 * links (two actors sharing `weight` intermediaries, the `via` ids). The database holds no such
 * relationship, so an export of a projection view carries them in its request; they become
 * relationship rows beside the stored ones, citing the documents of the relationships they rest on.
 */
import { z } from "zod";
import type { RelationshipRow } from "./exportGraph.ts";

const actorId = z.string().regex(/^[a-z0-9-]+$/, "ids are actor slugs");

export const derivedLinkSchema = z
  .strictObject({
    source: actorId,
    target: actorId,
    type: z.literal("SHARES"),
    weight: z.number().int().min(1),
    via: z.array(actorId).min(1).max(5000),
    sources: z.array(z.string().min(1).max(300)).max(5000),
  })
  .refine((link) => link.weight === link.via.length, { message: "a link's weight is the number of its via ids" });

export type DerivedLink = z.infer<typeof derivedLinkSchema>;

export function toDerivedRows(links: readonly DerivedLink[]): RelationshipRow[] {
  return links.map(({ source, target, type, weight, via, sources }) => ({
    source,
    target,
    type,
    properties: { id: `${type}:${source}:${target}`, weight, via, sources },
  }));
}
