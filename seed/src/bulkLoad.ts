/**
 * Bulk load for datasets too large for one transaction (hundreds of thousands of actors,
 * millions of relationships): the same MERGE queries as the seed loader, in batches of
 * `batchSize` rows, one transaction per batch. Not all-or-nothing: a failure leaves the batches
 * before it written (rerunning is safe, MERGE makes it idempotent). Relationships go type by
 * type; batches run one after another, since parallel writers deadlock on hub nodes.
 */
import { readCypher } from "@atlas/cypher";
import type { Driver } from "neo4j-driver";
import type { Dataset } from "./buildDataset.ts";
import { toActorRow, toRelationshipRow, groupByType, mergeSources } from "./loadDataset.ts";
import { RELATIONSHIP_TYPE_NAMES } from "./model.ts";

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
  driver: Driver,
  database: string,
  dataset: Dataset,
  options: BulkLoadOptions,
): Promise<BulkLoadTimings> {
  const batchSize = options.batchSize ?? 10_000;
  const session = driver.session({ database, defaultAccessMode: "WRITE" });
  try {
    await session.executeWrite((tx) => mergeSources(tx, dataset.sources));
    let started = performance.now();
    const actorQuery = readCypher("seed/merge-actors");
    for (let i = 0; i < dataset.actors.length; i += batchSize) {
      const batch = dataset.actors.slice(i, i + batchSize).map((a) => toActorRow(a, options.origin));
      await session.executeWrite((tx) => tx.run(actorQuery, { actors: batch }));
      options.onProgress?.("actors", Math.min(i + batchSize, dataset.actors.length), dataset.actors.length);
    }
    const actorSeconds = (performance.now() - started) / 1000;

    started = performance.now();
    const template = readCypher("seed/merge-relationships");
    let done = 0;
    for (const [type, rows] of groupByType(dataset.relationships)) {
      if (!RELATIONSHIP_TYPE_NAMES.includes(type)) throw new Error(`bulkLoad: unknown relationship type ${type}`);
      const query = template.replace("__TYPE__", type);
      for (let i = 0; i < rows.length; i += batchSize) {
        const batch = rows.slice(i, i + batchSize).map((r) => toRelationshipRow(r, options.origin));
        await session.executeWrite((tx) => tx.run(query, { relationships: batch }));
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
  } finally {
    await session.close();
  }
}
