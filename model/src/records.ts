/** zod schemas of the dataset files; the README in seed/ documents the same fields for people. */
import { z } from "zod";
import { ACTOR_TYPES } from "./actorTypes.ts";
import { RELATIONSHIP_STATUSES, RELATIONSHIP_TYPE_NAMES, SOURCE_TYPES } from "./relationshipTypes.ts";

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a slug: lowercase ascii letters, digits and single hyphens");
const year = z.number().int().min(1000).max(2100);
const nonBlank = z.string().trim().min(1, "must not be empty");

export const evidenceSchema = z.strictObject({
  source: z.string().min(1),
  quote: nonBlank.max(600, "is longer than 600 characters: quote the shortest span that states the fact"),
});

export const actorRecordSchema = z.strictObject({
  id: slug,
  type: z.enum(ACTOR_TYPES),
  name: nonBlank,
  aliases: z.array(nonBlank).default([]),
  subtype: nonBlank.optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as DE")
    .optional(),
  role: nonBlank.optional(),
  description: nonBlank.optional(),
  evidence: z.array(evidenceSchema).min(1, "needs at least one evidence item"),
});

export const relationshipRecordSchema = z.strictObject({
  type: z.enum(RELATIONSHIP_TYPE_NAMES as [string, ...string[]]),
  from: slug,
  to: slug,
  year: year.optional(),
  until: year.optional(),
  status: z.enum(RELATIONSHIP_STATUSES).optional(),
  office: nonBlank.optional(),
  purpose: nonBlank.optional(),
  evidence: z.array(evidenceSchema).min(1, "needs at least one evidence item"),
});

export const sourceRecordSchema = z.strictObject({
  id: z.string().regex(/^[0-9a-z_]+\.txt$/, "must be a document file name"),
  title: nonBlank,
  publisher: nonBlank,
  author: nonBlank.optional(),
  year: year.optional(),
  yearNote: nonBlank.optional(),
  type: z.enum(SOURCE_TYPES),
  url: z.url().optional(),
});

export const placeRecordSchema = z.strictObject({
  id: slug,
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  gazetteer: z.string().optional(),
  unmatched: nonBlank.optional(),
});

export type Evidence = z.infer<typeof evidenceSchema>;
export type ActorRecord = z.infer<typeof actorRecordSchema>;
export type RelationshipRecord = z.infer<typeof relationshipRecordSchema>;
export type SourceRecord = z.infer<typeof sourceRecordSchema>;
export type PlaceRecord = z.infer<typeof placeRecordSchema>;
