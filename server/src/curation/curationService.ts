/**
 * Writes curated data: imports and GraphQL mutations go through the same validation and the same
 * one-transaction loader as the seed (MERGE, never removing anything), each with an audit entry.
 */
import { readCypher } from "@atlas/cypher";
import { loadDataset, type Dataset, type LoadSummary } from "@atlas/seed";
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
  { who, action, dryRun = false, onProgress }: WriteOptions,
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
  report.written = await loadDataset(driver, database, dataset, {
    origin: CURATION_ORIGIN,
    removeStale: false,
    audit: { who, action, summary },
    ...(onProgress && { onProgress }),
  });
  return report;
}
