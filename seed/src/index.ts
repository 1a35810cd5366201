export * from "./model.ts";
export * from "./records.ts";
export { DatasetError, type DatasetIssue } from "./DatasetError.ts";
export { readDataset, type RawDataset } from "./readDataset.ts";
export {
  buildDataset,
  relationshipId,
  toActor,
  toRelationship,
  type Actor,
  type Dataset,
  type Relationship,
} from "./buildDataset.ts";
export { loadDataset, type LoadOptions, type LoadSummary } from "./loadDataset.ts";
export { bulkLoad, type BulkLoadOptions, type BulkLoadTimings } from "./bulkLoad.ts";
export { normaliseName, normaliseWhitespace } from "./normalise.ts";
export { seedDataDir, fixturesDir, defaultDocumentsDir } from "./paths.ts";
