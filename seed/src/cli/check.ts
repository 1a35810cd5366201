/**
 * `npm run seed:check`: validates seed/data (schema, references, duplicates, verbatim quotes),
 * then the heuristic checks against their reviewed lists (near-duplicate names, evidence shape).
 */
import { buildDataset } from "../buildDataset.ts";
import { DatasetError } from "@atlas/model";
import { defaultDocumentsDir, seedDataDir } from "../paths.ts";
import { readDataset } from "../readDataset.ts";
import { checkReviewedHeuristics } from "../reviewedChecks.ts";

try {
  const raw = readDataset(seedDataDir);
  const dataset = buildDataset(raw, { documentsDir: defaultDocumentsDir });
  const issues = checkReviewedHeuristics(raw, dataset, defaultDocumentsDir);
  if (issues.length > 0) throw new DatasetError(issues, "seed: the reviewed checks of the dataset");
  console.log(`seed/data is valid: ${dataset.actors.length} actors, ${dataset.relationships.length} relationships`);
} catch (error) {
  console.error(error instanceof DatasetError ? error.message : error);
  process.exit(1);
}
