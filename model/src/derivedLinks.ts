/**
 * Links the explorer derives instead of reading them from the database: a projection's SHARES
 * links (two actors sharing `weight` intermediaries, the `via` ids). The client sends them with an
 * export of a projection view; the server validates them with this schema.
 */
import { z } from "zod";

const actorId = z.string().regex(/^[a-z0-9-]+$/, "ids are actor slugs");

export const derivedLinkSchema = z
  .strictObject({
    source: actorId,
    target: actorId,
    type: z.literal("SHARES"),
    weight: z.number().int().min(1),
    via: z.array(actorId).min(1).max(5000),
    /** The documents of the relationships it rests on, for the citations. */
    sources: z.array(z.string().min(1).max(300)).max(5000),
  })
  .refine((link) => link.weight === link.via.length, { message: "a link's weight is the number of its via ids" });

export type DerivedLink = z.infer<typeof derivedLinkSchema>;
