/**
 * Bulk load for datasets too large for one transaction (hundreds of thousands of actors,
 * millions of relationships): the same MERGE queries as the seed loader, in batches of
 * `batchSize` rows, one transaction per batch. Not all-or-nothing: a failure leaves the batches
 * before it written (rerunning is safe, MERGE makes it idempotent). Relationships go type by
 * type; batches run one after another, since parallel writers deadlock on hub nodes. With
 * `create`, for data known to be new (none of its ids stored), CREATE replaces MERGE: no lookup
 * of each relationship among a hub's edges.
 */
import {
  RELATIONSHIP_TYPE_NAMES,
  type Actor,
  type Dataset,
  type Relationship,
  type RelationshipType,
} from "@atlas/model";
import type { Executor } from "../neo4j/executor.ts";
import { groupByType, mergeSources, toActorRow, toRelationshipRow } from "./loadDataset.ts";

export interface BulkLoadOptions {
  origin: string;
  batchSize?: number;
  /** The caller knows that no actor or relationship id of the dataset is stored. */
  create?: boolean;
  onProgress?: (phase: "actors" | "relationships", done: number, total: number) => void;
}

export interface BulkLoadTimings {
  actors: number;
  relationships: number;
  actorSeconds: number;
  relationshipSeconds: number;
}

export async function bulkLoad(
  executor: Executor,
  dataset: Dataset,
  options: BulkLoadOptions,
): Promise<BulkLoadTimings> {
  const batchSize = options.batchSize ?? 10_000;
  await executor.transaction("WRITE", "bulk-load/sources", (tx) => mergeSources(tx, dataset.sources));
  let started = performance.now();
  for (let i = 0; i < dataset.actors.length; i += batchSize) {
    await writeActorBatch(executor, dataset.actors.slice(i, i + batchSize), options);
    options.onProgress?.("actors", Math.min(i + batchSize, dataset.actors.length), dataset.actors.length);
  }
  const actorSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  let done = 0;
  for (const [type, rows] of groupByType(dataset.relationships)) {
    for (let i = 0; i < rows.length; i += batchSize) {
      const batch = rows.slice(i, i + batchSize);
      await writeRelationshipBatch(executor, type, batch, options);
      done += batch.length;
      options.onProgress?.("relationships", done, dataset.relationships.length);
    }
  }
  return {
    actors: dataset.actors.length,
    relationships: dataset.relationships.length,
    actorSeconds,
    relationshipSeconds: (performance.now() - started) / 1000,
  };
}

export async function writeActorBatch(
  executor: Executor,
  actors: Actor[],
  { origin, create = false }: Pick<BulkLoadOptions, "origin" | "create">,
): Promise<void> {
  const rows = actors.map((a) => toActorRow(a, origin));
  await executor.write(create ? "seed/create-actors" : "seed/merge-actors", { actors: rows });
}

/** One batch of relationships, all of the given type. */
export async function writeRelationshipBatch(
  executor: Executor,
  type: RelationshipType,
  relationships: Relationship[],
  { origin, create = false }: Pick<BulkLoadOptions, "origin" | "create">,
): Promise<void> {
  if (!RELATIONSHIP_TYPE_NAMES.includes(type)) throw new Error(`bulkLoad: unknown relationship type ${type}`);
  const query = create ? "seed/create-relationships" : "seed/merge-relationships";
  const rows = relationships.map((r) => toRelationshipRow(r, origin));
  await executor.transaction("WRITE", query, (tx) => tx.run(query, { relationships: rows }, { TYPE: type }));
}
