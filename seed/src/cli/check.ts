/**
 * `npm run seed:check`: validates seed/data (schema, references, duplicates, verbatim quotes),
 * then who may stand at a relationship's ends, and the heuristic checks against their reviewed
 * lists (near-duplicate names, evidence shape).
 */
import { buildDataset } from "../buildDataset.ts";
import { DatasetError } from "@atlas/model";
import { defaultDocumentsDir, seedDataDir } from "../paths.ts";
import { readDataset } from "../readDataset.ts";
import { checkRelationshipEnds } from "../relationshipEndsCheck.ts";
import { checkReviewedHeuristics } from "../reviewedChecks.ts";

try {
  const raw = readDataset(seedDataDir);
  const dataset = buildDataset(raw, { documentsDir: defaultDocumentsDir });
  const issues = [
    ...checkRelationshipEnds(raw, dataset),
    ...checkReviewedHeuristics(raw, dataset, defaultDocumentsDir),
  ];
  if (issues.length > 0) throw new DatasetError(issues, "seed: the curation checks of the dataset");
  console.log(`seed/data is valid: ${dataset.actors.length} actors, ${dataset.relationships.length} relationships`);
} catch (error) {
  console.error(error instanceof DatasetError ? error.message : error);
  process.exit(1);
}
