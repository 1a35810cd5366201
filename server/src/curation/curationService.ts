/**
 * Writes curated data: imports and GraphQL mutations go through the same validation and the same
 * one-transaction loader as the seed (MERGE, never removing anything), each with an audit entry.
 */
import { readCypher } from "@atlas/cypher";
import { bulkLoad, loadDataset, type Dataset, type LoadSummary } from "@atlas/seed";
import type { Driver } from "neo4j-driver";
import type { Executor } from "../neo4j/executor.ts";
import { validateImport, type Existing, type ImportInput } from "./importRecords.ts";

export const CURATION_ORIGIN = "curation";

export async function readExisting(executor: Executor): Promise<Existing & { relationshipIds: Set<string> }> {
  const [row] = await executor.read(readCypher("curation/existing-ids"));
  return {
    actorIds: new Set((row?.actorIds as string[]) ?? []),
    sourceIds: new Set((row?.sourceIds as string[]) ?? []),
    relationshipIds: new Set((row?.relationshipIds as string[]) ?? []),
  };
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

export async function importData(
  driver: Driver,
  executor: Executor,
  database: string,
  input: ImportInput,
  options: WriteOptions,
): Promise<ImportReport> {
  const existing = await readExisting(executor);
  const dataset = validateImport(input, existing);
  return writeDataset(driver, database, dataset, existing, options);
}

export async function writeDataset(
  driver: Driver,
  database: string,
  dataset: Dataset,
  existing: Existing & { relationshipIds: Set<string> },
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
    await bulkLoad(driver, database, dataset, {
      origin: CURATION_ORIGIN,
      onProgress: (phase, done) => onProgress?.(phase === "actors" ? done : dataset.actors.length + done, total),
    });
    await loadDataset(
      driver,
      database,
      { sources: [], actors: [], relationships: [] },
      { origin: CURATION_ORIGIN, removeStale: false, audit: { who, action: `${action} (bulk)`, summary } },
    );
    return report;
  }
  report.written = await loadDataset(driver, database, dataset, {
    origin: CURATION_ORIGIN,
    removeStale: false,
    audit: { who, action, summary },
    ...(onProgress && { onProgress }),
  });
  return report;
}
