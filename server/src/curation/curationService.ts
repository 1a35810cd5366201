/**
 * Writes curated data: imports and GraphQL mutations go through the same validation and the same
 * one-transaction loader as the seed (MERGE, never removing anything), each with an audit entry.
 */
import { DatasetError, type Dataset } from "@atlas/model";
import { bulkLoad } from "../loading/bulkLoad.ts";
import { loadDataset, type LoadSummary } from "../loading/loadDataset.ts";
import type { Executor } from "../neo4j/executor.ts";
import { validateImport, type Existing, type ImportInput } from "./importRecords.ts";

export const CURATION_ORIGIN = "curation";

export interface StoredIds extends Existing {
  relationshipIds: { has(id: string): boolean };
}

/**
 * Validates an import and reads which of the ids it touches are stored: only those ids, not
 * every id in the database (a million relationship ids take seconds and hundreds of MB). A first
 * validation pass, answering "stored" to every reference, collects the ids; the second, against
 * what Neo4j says, is the one whose result (or full list of problems) counts.
 */
export async function validateAgainstStore(
  executor: Executor,
  input: ImportInput,
): Promise<{ dataset: Dataset; existing: StoredIds }> {
  const asked = new Set<string>();
  const askedSources = new Set<string>();
  let draft: Dataset | undefined;
  try {
    draft = validateImport(input, {
      actorIds: { has: (id) => (asked.add(id), true) },
      sourceIds: { has: (id) => (askedSources.add(id), true) },
    });
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
  }
  for (const actor of draft?.actors ?? []) asked.add(actor.id);
  const [row] = await executor.read("curation/existing-ids", {
    actorIds: [...asked],
    sourceIds: [...askedSources],
    relationships: (draft?.relationships ?? []).map(({ id, from, to }) => ({ id, from, to })),
  });
  const existing: StoredIds = {
    actorIds: new Set((row?.actorIds as string[]) ?? []),
    sourceIds: new Set((row?.sourceIds as string[]) ?? []),
    relationshipIds: new Set((row?.relationshipIds as string[]) ?? []),
  };
  return { dataset: validateImport(input, existing), existing };
}

export interface ImportReport {
  dryRun: boolean;
  actors: { new: number; updated: number };
  relationships: { new: number; updated: number };
  sources: number;
  written?: LoadSummary;
}

export interface WriteOptions {
  who: string;
  action: string;
  dryRun?: boolean;
  /** Batches of 10,000 rows, one transaction each, for datasets too big for one transaction. */
  bulk?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export async function importData(executor: Executor, input: ImportInput, options: WriteOptions): Promise<ImportReport> {
  const { dataset, existing } = await validateAgainstStore(executor, input);
  return writeDataset(executor, dataset, existing, options);
}

export async function writeDataset(
  executor: Executor,
  dataset: Dataset,
  existing: StoredIds,
  { who, action, dryRun = false, bulk = false, onProgress }: WriteOptions,
): Promise<ImportReport> {
  const newActors = dataset.actors.filter((a) => !existing.actorIds.has(a.id)).length;
  const newRelationships = dataset.relationships.filter((r) => !existing.relationshipIds.has(r.id)).length;
  const report: ImportReport = {
    dryRun,
    actors: { new: newActors, updated: dataset.actors.length - newActors },
    relationships: { new: newRelationships, updated: dataset.relationships.length - newRelationships },
    sources: dataset.sources.length,
  };
  if (dryRun) return report;
  const summary = `${newActors} new and ${report.actors.updated} updated actors, ${newRelationships} new and ${report.relationships.updated} updated relationships`;
  if (bulk) {
    const total = dataset.actors.length + dataset.relationships.length;
    await bulkLoad(executor, dataset, {
      origin: CURATION_ORIGIN,
      onProgress: (phase, done) => onProgress?.(phase === "actors" ? done : dataset.actors.length + done, total),
    });
    // The entry names no ids: a bulk import may hold millions; its summary gives the counts.
    await executor.write("curation/record-audit", {
      who,
      action: `${action} (bulk)`,
      summary,
      origin: CURATION_ORIGIN,
      actorIds: [],
      relationshipIds: [],
    });
    return report;
  }
  report.written = await loadDataset(executor, dataset, {
    origin: CURATION_ORIGIN,
    removeStale: false,
    audit: { who, action, summary },
    ...(onProgress && { onProgress }),
  });
  return report;
}
