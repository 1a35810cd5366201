/** `npm run seed:check`: validates seed/data (schema, references, duplicates, verbatim quotes). */
import { buildDataset } from "../buildDataset.ts";
import { DatasetError } from "@atlas/model";
import { defaultDocumentsDir, seedDataDir } from "../paths.ts";
import { readDataset } from "../readDataset.ts";

try {
  const dataset = buildDataset(readDataset(seedDataDir), { documentsDir: defaultDocumentsDir });
  console.log(`seed/data is valid: ${dataset.actors.length} actors, ${dataset.relationships.length} relationships`);
} catch (error) {
  console.error(error instanceof DatasetError ? error.message : error);
  process.exit(1);
}
