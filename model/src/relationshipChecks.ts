/**
 * What is wrong with one relationship record on its own, whatever file it came from: the seed
 * build and user imports both report these reasons against the record's file and line.
 */
import type { RelationshipRecord } from "./records.ts";

export function relationshipProblems(record: RelationshipRecord): string[] {
  const problems: string[] = [];
  if (record.from === record.to) problems.push("a relationship must join two different actors");
  if (record.until !== undefined && record.year !== undefined && record.until < record.year) {
    problems.push(`until ${record.until} is before year ${record.year}`);
  }
  return problems;
}

/** How a relationship record is named in messages. */
export function relationshipName(record: Pick<RelationshipRecord, "from" | "type" | "to">): string {
  return `${record.from} -${record.type}-> ${record.to}`;
}
