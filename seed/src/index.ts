export { readDataset, type RawDataset } from "./readDataset.ts";
export { buildDataset } from "./buildDataset.ts";
export { seedDataDir, fixturesDir, defaultDocumentsDir } from "./paths.ts";
export { BufferedFile } from "./bufferedFile.ts";
