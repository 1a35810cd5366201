/**
 * Bulk load for datasets too large for one transaction (hundreds of thousands of actors,
 * millions of relationships): the same MERGE queries as the seed loader, in batches of
 * `batchSize` rows, one transaction per batch. Not all-or-nothing: a failure leaves the batches
 * before it written (rerunning is safe, MERGE makes it idempotent). Relationships go type by
 * type; batches run one after another, since parallel writers deadlock on hub nodes.
 */
import { RELATIONSHIP_TYPE_NAMES, type Dataset } from "@atlas/model";
import type { Executor } from "../neo4j/executor.ts";
import { groupByType, mergeSources, toActorRow, toRelationshipRow } from "./loadDataset.ts";

export interface BulkLoadOptions {
  origin: string;
  batchSize?: number;
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
    const batch = dataset.actors.slice(i, i + batchSize).map((a) => toActorRow(a, options.origin));
    await executor.write("seed/merge-actors", { actors: batch });
    options.onProgress?.("actors", Math.min(i + batchSize, dataset.actors.length), dataset.actors.length);
  }
  const actorSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  let done = 0;
  for (const [type, rows] of groupByType(dataset.relationships)) {
    if (!RELATIONSHIP_TYPE_NAMES.includes(type)) throw new Error(`bulkLoad: unknown relationship type ${type}`);
    for (let i = 0; i < rows.length; i += batchSize) {
      const batch = rows.slice(i, i + batchSize).map((r) => toRelationshipRow(r, options.origin));
      await executor.transaction("WRITE", "seed/merge-relationships", (tx) =>
        tx.run("seed/merge-relationships", { relationships: batch }, { TYPE: type }),
      );
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
