/** seed:check's near-duplicate rule: every pair findNearDuplicates reports must be reviewed. */
import type { Dataset, DatasetIssue } from "@atlas/model";
import { findNearDuplicates } from "./report.ts";
import { REVIEWED_NEAR_DUPLICATES, type ReviewedPair } from "./reviewedList.ts";

export function checkNearDuplicates(dataset: Dataset, reviewed: ReviewedPair[]): DatasetIssue[] {
  const pairKey = (a: string, b: string) => [a, b].sort().join("|");
  const accepted = new Set(reviewed.map((pair) => pairKey(pair.a, pair.b)));
  const found = findNearDuplicates(dataset);
  const foundKeys = new Set(found.map((pair) => pairKey(pair.a, pair.b)));
  const issues: DatasetIssue[] = found
    .filter((pair) => !accepted.has(pairKey(pair.a, pair.b)))
    .map((pair) => ({
      file: REVIEWED_NEAR_DUPLICATES,
      record: `${pair.a} ~ ${pair.b}`,
      reason: `"${pair.nameA}" and "${pair.nameB}" are ${Math.round(pair.similarity * 100)}% alike: merge them in the data or list the pair with the reason they differ`,
    }));
  for (const pair of reviewed) {
    if (!foundKeys.has(pairKey(pair.a, pair.b))) {
      issues.push({
        file: REVIEWED_NEAR_DUPLICATES,
        record: `${pair.a} ~ ${pair.b}`,
        reason: "no longer a near-duplicate (renamed or merged): remove the entry",
      });
    }
  }
  return issues;
}
