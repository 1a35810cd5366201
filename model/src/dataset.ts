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
  sources: string[];
  quotes: string[];
}

export interface Dataset {
  sources: SourceRecord[];
  actors: Actor[];
  relationships: Relationship[];
}

/** One edge per type, direction, pair and year: the same fact from two documents merges. */
export function relationshipId(record: RelationshipRecord): string {
  return [record.type, record.from, record.to, record.year ?? ""].join(":").replace(/:$/, "");
}

export function toActor(record: ActorRecord): Actor {
  return {
    id: record.id,
    type: record.type,
    name: record.name,
    aliases: record.aliases.filter((alias) => alias !== record.name),
    ...(record.subtype && { subtype: record.subtype }),
    ...(record.country && { country: record.country }),
    ...(record.role && { role: record.role }),
    ...(record.description && { description: record.description }),
    sources: record.evidence.map((e) => e.source),
    quotes: record.evidence.map((e) => e.quote),
  };
}

export function toRelationship(record: RelationshipRecord, id = relationshipId(record)): Relationship {
  return {
    id,
    type: record.type as RelationshipType,
    from: record.from,
    to: record.to,
    ...(record.year !== undefined && { year: record.year }),
    ...(record.until !== undefined && { until: record.until }),
    ...(record.status && { status: record.status }),
    ...(record.office && { office: record.office }),
    ...(record.purpose && { purpose: record.purpose }),
    sources: record.evidence.map((e) => e.source),
    quotes: record.evidence.map((e) => e.quote),
  };
}
