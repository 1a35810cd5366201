/**
 * The merged graph a dataset becomes: one actor per id, one relationship per id, each with the
 * documents and quotes it rests on. The seed build, user imports and the loaders share it.
 */
import type { ActorType } from "./actorTypes.ts";
import type { ActorRecord, RelationshipRecord, SourceRecord } from "./records.ts";
import type { RelationshipType } from "./relationshipTypes.ts";

export interface Actor {
  id: string;
  type: ActorType;
  name: string;
  aliases: string[];
  subtype?: string;
  country?: string;
  role?: string;
  description?: string;
  /** Derived: "inherited" when `country` comes from the one place the actor is tied to. */
  countrySource?: "inherited";
  lat?: number;
  lon?: number;
  sources: string[];
  quotes: string[];
}

export interface Relationship {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  year?: number;
  until?: number;
  status?: string;
  office?: string;
  purpose?: string;
  /** Derived: the year of the earliest source that states it, and that source's yearNote. */
  reportedYear?: number;
  reportedYearNote?: string;
  sources: string[];
  quotes: string[];
}

export interface Dataset {
  sources: SourceRecord[];
  actors: Actor[];
  relationships: Relationship[];
}

/**
 * One edge per type, direction, pair, year, status and office: the same fact from two documents
 * merges, while what the text keeps apart (a planned and an actual membership, two offices of
 * one person) stays two edges. Status and office enter as slugs, so ids stay URL-friendly.
 */
export function relationshipId(
  record: Pick<RelationshipRecord, "type" | "from" | "to" | "year" | "status" | "office">,
): string {
  const parts = [record.type, record.from, record.to];
  if (record.year !== undefined) parts.push(String(record.year));
  if (record.status) parts.push(record.status);
  if (record.office) parts.push(toIdPart(record.office));
  return parts.join(":");
}

function toIdPart(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

// Optional keys set one by one, in the order they print: a conditional spread builds and copies
// an object per key, three times the cost at a million records.
export function toActor(record: ActorRecord): Actor {
  const actor = {
    id: record.id,
    type: record.type,
    name: record.name,
    aliases: record.aliases.filter((alias) => alias !== record.name),
  } as Actor;
  if (record.subtype) actor.subtype = record.subtype;
  if (record.country) actor.country = record.country;
  if (record.role) actor.role = record.role;
  if (record.description) actor.description = record.description;
  return withEvidence(actor, record.evidence);
}

export function toRelationship(record: RelationshipRecord, id = relationshipId(record)): Relationship {
  const relationship = { id, type: record.type as RelationshipType, from: record.from, to: record.to } as Relationship;
  if (record.year !== undefined) relationship.year = record.year;
  if (record.until !== undefined) relationship.until = record.until;
  if (record.status) relationship.status = record.status;
  if (record.office) relationship.office = record.office;
  if (record.purpose) relationship.purpose = record.purpose;
  return withEvidence(relationship, record.evidence);
}

/** The evidence as the two parallel lists the store keeps, set last (they print last). */
function withEvidence<T extends { sources: string[]; quotes: string[] }>(
  target: T,
  evidence: Array<{ source: string; quote: string }>,
): T {
  target.sources = evidence.map((e) => e.source);
  target.quotes = evidence.map((e) => e.quote);
  return target;
}
