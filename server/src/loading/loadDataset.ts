/**
 * Writes a validated dataset in one transaction with MERGE: loading the same files twice leaves
 * the database as it was, and a failure part-way rolls everything back.
 */
import {
  RELATIONSHIP_TYPE_NAMES,
  type Actor,
  type Dataset,
  type Relationship,
  type RelationshipType,
} from "@atlas/model";
import neo4j from "neo4j-driver";
import type { Executor, NamedTransaction } from "../neo4j/executor.ts";

export interface LoadSummary {
  sources: number;
  actors: number;
  relationships: number;
  removedActors: number;
  removedRelationships: number;
}

export interface LoadOptions {
  /**
   * Marks what this load owns: a reload removes actors and relationships of the same origin that
   * the files no longer hold, and never touches another origin (curated data, test fixtures).
   */
  origin?: string;
  /** False for additive writes (imports, curation): nothing of the origin is removed. */
  removeStale?: boolean;
  /** Recorded as an AuditEntry node in the same transaction: who wrote what, when. */
  audit?: { who: string; action: string; summary: string };
  /** Called as the parts of the write complete. */
  onProgress?: (done: number, total: number) => void;
}

export async function loadDataset(
  executor: Executor,
  dataset: Dataset,
  { origin = "seed", removeStale = true, audit, onProgress }: LoadOptions = {},
): Promise<LoadSummary> {
  return executor.transaction("WRITE", "load-dataset", async (tx) => {
    const count = async (query: string, params: Record<string, unknown>, fill?: Record<string, string>) =>
      Number((await tx.run(query, params, fill))[0]?.count ?? 0);
    const sources = await mergeSources(tx, dataset.sources);
    const actors = await count("seed/merge-actors", { actors: dataset.actors.map((a) => toActorRow(a, origin)) });
    let relationships = 0;
    const groups = groupByType(dataset.relationships);
    let step = 0;
    onProgress?.(++step, groups.size + 2);
    for (const [type, rows] of groups) {
      if (!RELATIONSHIP_TYPE_NAMES.includes(type)) throw new Error(`seed: unknown relationship type ${type}`);
      relationships += await count(
        "seed/merge-relationships",
        { relationships: rows.map((r) => toRelationshipRow(r, origin)) },
        { TYPE: type },
      );
      onProgress?.(++step, groups.size + 2);
    }
    let removedActors = 0;
    let removedRelationships = 0;
    if (removeStale) {
      // Which ids are stale is a set difference, done here: Cypher's IN over a list parameter is
      // linear, which made the query quadratic on large datasets.
      const [existing] = await tx.run("seed/list-origin-ids", { origin });
      const keepActors = new Set(dataset.actors.map((a) => a.id));
      const keepRelationships = new Set(dataset.relationships.map((r) => r.id));
      const [stale] = await tx.run("seed/remove-stale", {
        origin,
        staleActorIds: ((existing?.actorIds ?? []) as string[]).filter((id) => !keepActors.has(id)),
        staleRelationshipIds: ((existing?.relationshipIds ?? []) as string[]).filter(
          (id) => !keepRelationships.has(id),
        ),
      });
      removedActors = Number(stale?.removedActors ?? 0);
      removedRelationships = Number(stale?.removedRelationships ?? 0);
    }
    if (audit) {
      await tx.run("curation/record-audit", {
        ...audit,
        origin,
        actorIds: dataset.actors.map((a) => a.id),
        relationshipIds: dataset.relationships.map((r) => r.id),
      });
    }
    onProgress?.(groups.size + 2, groups.size + 2);
    if (relationships !== dataset.relationships.length) {
      throw new Error(`seed: wrote ${relationships} of ${dataset.relationships.length} relationships; rolled back`);
    }
    return { sources, actors, relationships, removedActors, removedRelationships };
  });
}

export function toActorRow(actor: Actor, origin: string) {
  return { id: actor.id, type: actor.type, props: { ...storedProperties(actor), origin } };
}

export function toRelationshipRow(rel: Relationship, origin: string) {
  const { type, from, to, ...props } = rel;
  return { id: rel.id, from, to, props: { ...storedProperties(props), origin } };
}

export function groupByType(relationships: Relationship[]): Map<RelationshipType, Relationship[]> {
  const groups = new Map<RelationshipType, Relationship[]>();
  for (const rel of relationships) {
    const group = groups.get(rel.type);
    if (group) group.push(rel);
    else groups.set(rel.type, [rel]);
  }
  return groups;
}

const INTEGER_PROPERTIES = new Set(["year", "until", "reportedYear"]);

/**
 * Neo4j stores no nulls, so absent stays absent; nor an empty list, which Neo4j's import tool
 * cannot write: a record without aliases is stored alike both ways (docs/design-choices.md).
 * Years go in as integers (JS numbers would be floats).
 */
function storedProperties(object: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(object)
      .filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))
      .map(([key, value]) => [key, INTEGER_PROPERTIES.has(key) ? neo4j.int(value as number) : value]),
  );
}

export async function mergeSources(tx: NamedTransaction, sources: Dataset["sources"]): Promise<number> {
  const [row] = await tx.run("seed/merge-sources", { sources });
  return Number(row?.count ?? 0);
}
