/**
 * The curated data's rule on who may stand at a relationship's ends (a visit is city to city, a
 * mayor is a person): checked by seed:check on seed/data. Test fixtures, which model other cases
 * (a network's study visit), are not held to it.
 */
import { relationshipEndProblems, relationshipName, type Dataset, type DatasetIssue } from "@atlas/model";
import type { RawDataset } from "./readDataset.ts";

export function checkRelationshipEnds(raw: RawDataset, dataset: Dataset): DatasetIssue[] {
  const types = new Map(dataset.actors.map((actor) => [actor.id, actor.type]));
  return raw.relationships.flatMap(({ record, file, line }) =>
    relationshipEndProblems(record.type, types.get(record.from) ?? "", types.get(record.to) ?? "").map((reason) => ({
      file,
      line,
      record: relationshipName(record),
      reason,
    })),
  );
}
