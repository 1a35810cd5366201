/** The heuristic checks of seed:check, each against its reviewed list in the dataset folder. */
import type { Dataset, DatasetIssue } from "@atlas/model";
import { checkEvidenceShape } from "./evidenceShapeCheck.ts";
import { checkNearDuplicates } from "./nearDuplicateCheck.ts";
import type { RawDataset } from "./readDataset.ts";
import {
  REVIEWED_EVIDENCE,
  REVIEWED_NEAR_DUPLICATES,
  readReviewedList,
  reviewedEvidenceSchema,
  reviewedPairSchema,
} from "./reviewedList.ts";

export function checkReviewedHeuristics(raw: RawDataset, dataset: Dataset, documentsDir: string): DatasetIssue[] {
  return [
    ...checkNearDuplicates(dataset, readReviewedList(raw.dir, REVIEWED_NEAR_DUPLICATES, reviewedPairSchema)),
    ...checkEvidenceShape(raw, documentsDir, readReviewedList(raw.dir, REVIEWED_EVIDENCE, reviewedEvidenceSchema)),
  ];
}
