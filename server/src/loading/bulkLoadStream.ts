/**
 * The batched loader (bulkLoad.ts) fed from files read as streams, never whole: a first pass
 * validates everything (the rules of every import, references checked against the import and,
 * for ids it does not hold, the database); a second writes batches as the rows come, a third
 * only when the files hold an actor after a relationship (relationships need their actors first).
 * When none of the import's ids is stored, batches CREATE instead of MERGE.
 */
import {
  actorRecordSchema,
  relationshipRecordSchema,
  sourceRecordSchema,
  toActor,
  toRelationship,
  type Actor,
  type Relationship,
  type RelationshipType,
} from "@atlas/model";
import type { Row } from "../curation/importFiles.ts";
import { validateRow } from "../curation/importRecords.ts";
import type { z } from "zod";
import { readImportStream, type RowKind, type StreamInput } from "../importTool/readImportStream.ts";
import { validateStreamed } from "../importTool/validateStream.ts";
import type { Executor } from "../neo4j/executor.ts";
import { writeActorBatch, writeRelationshipBatch } from "./bulkLoad.ts";
import { mergeSources } from "./loadDataset.ts";

export interface StreamedLoadReport {
  actors: number;
  relationships: number;
  /** Import actors already stored (their properties updated). */
  storedActors: number;
  created: boolean;
  validateSeconds: number;
  writeSeconds: number;
}

export interface StreamedLoadOptions {
  origin: string;
  batchSize?: number;
  onProgress?: (phase: "actors" | "relationships", done: number, total: number) => void;
}

/** Ids asked of the database per query. */
const CHUNK = 50_000;

export async function bulkLoadStream(
  executor: Executor,
  input: StreamInput,
  { origin, batchSize = 10_000, onProgress }: StreamedLoadOptions,
): Promise<StreamedLoadReport> {
  let started = performance.now();
  const storedIds = async (actorIds: string[], sourceIds: string[] = []) => {
    const found = { actorIds: new Set<string>(), sourceIds: new Set<string>() };
    for (let i = 0; i < Math.max(actorIds.length, sourceIds.length, 1); i += CHUNK) {
      const [row] = await executor.read("curation/existing-ids", {
        actorIds: actorIds.slice(i, i + CHUNK),
        sourceIds: sourceIds.slice(i, i + CHUNK),
        relationships: [],
      });
      for (const id of (row?.actorIds as string[]) ?? []) found.actorIds.add(id);
      for (const id of (row?.sourceIds as string[]) ?? []) found.sourceIds.add(id);
    }
    return found;
  };
  let outside = 0;
  const validator = await validateStreamed(input, undefined, (unresolved) => {
    outside = unresolved.actorIds.length;
    return storedIds(unresolved.actorIds, unresolved.sourceIds);
  });
  // New only if no import actor is stored and no relationship touches a stored actor (a stored
  // relationship needs stored ends, so then none of the import's relationships can be stored).
  const storedActors = (await storedIds([...validator.actorIds()])).actorIds.size;
  const create = storedActors === 0 && outside === 0;
  const validateSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  const { actors: actorTotal, relationships: relationshipTotal } = validator.counts;
  const batches = new Batches(executor, { origin, create }, batchSize, (phase, done) =>
    onProgress?.(phase, done, phase === "actors" ? actorTotal : relationshipTotal),
  );
  const passes: Array<Set<RowKind>> = validator.actorsFirst
    ? [new Set(["source", "actor", "relationship"])]
    : [new Set(["source", "actor"]), new Set(["relationship"])];
  for (const kinds of passes) {
    for await (const row of readImportStream(input, [])) {
      if (!kinds.has(row.kind)) continue;
      // Validated in the first pass: a row that fails here cannot occur.
      if (row.kind === "relationship") {
        const record = recordOf(row, relationshipRecordSchema);
        if (record) await batches.addRelationship(toRelationship(record));
      } else if (row.kind === "actor") {
        const record = recordOf(row, actorRecordSchema);
        if (record) await batches.addActor(toActor(record));
      } else {
        const record = recordOf(row, sourceRecordSchema);
        if (record) await executor.transaction("WRITE", "bulk-load/sources", (tx) => mergeSources(tx, [record]));
      }
    }
    await batches.flushAll();
  }
  return {
    ...validator.counts,
    storedActors,
    created: create,
    validateSeconds,
    writeSeconds: (performance.now() - started) / 1000,
  };
}

function recordOf<T>(row: Row, schema: z.ZodType<T>): T | undefined {
  const checked = validateRow(row, schema);
  return "reason" in checked ? undefined : checked.record;
}

/** Rows gathered into batches: actors in one, relationships in one per type. */
class Batches {
  private actors: Actor[] = [];
  private readonly relationships = new Map<RelationshipType, Relationship[]>();
  private readonly done = { actors: 0, relationships: 0 };

  constructor(
    private readonly executor: Executor,
    private readonly options: { origin: string; create: boolean },
    private readonly size: number,
    private readonly onProgress: (phase: "actors" | "relationships", done: number) => void,
  ) {}

  async addActor(actor: Actor): Promise<void> {
    this.actors.push(actor);
    if (this.actors.length >= this.size) await this.flushActors();
  }

  async addRelationship(relationship: Relationship): Promise<void> {
    // Every actor is written before the first relationship (the pass order guarantees it).
    if (this.actors.length > 0) await this.flushActors();
    const batch = this.relationships.get(relationship.type) ?? [];
    this.relationships.set(relationship.type, batch);
    batch.push(relationship);
    if (batch.length >= this.size) await this.flushRelationships(relationship.type);
  }

  async flushAll(): Promise<void> {
    await this.flushActors();
    for (const type of this.relationships.keys()) await this.flushRelationships(type);
  }

  private async flushActors(): Promise<void> {
    if (this.actors.length === 0) return;
    await writeActorBatch(this.executor, this.actors, this.options);
    this.onProgress("actors", (this.done.actors += this.actors.length));
    this.actors = [];
  }

  private async flushRelationships(type: RelationshipType): Promise<void> {
    const batch = this.relationships.get(type)!;
    if (batch.length === 0) return;
    await writeRelationshipBatch(this.executor, type, batch, this.options);
    this.onProgress("relationships", (this.done.relationships += batch.length));
    this.relationships.set(type, []);
  }
}
