/**
 * What is wrong with one relationship record on its own, whatever file it came from: the seed
 * build and user imports both report these reasons against the record's file and line.
 */
import type { RelationshipRecord } from "./records.ts";
import { RELATIONSHIP_TYPES } from "./relationshipTypes.ts";

type Ends = { from?: readonly string[]; to?: readonly string[] };

export function relationshipProblems(record: RelationshipRecord): string[] {
  const problems: string[] = [];
  if (record.from === record.to) problems.push("a relationship must join two different actors");
  if (record.until !== undefined && record.year !== undefined && record.until < record.year) {
    problems.push(`until ${record.until} is before year ${record.year}`);
  }
  return problems;
}

/** What is wrong with the labels at a relationship's ends: MAYOR_OF joins a person to a city, VISITED a city to a city. */
export function relationshipEndProblems(type: string, fromType: string, toType: string): string[] {
  const ends = (RELATIONSHIP_TYPES as Record<string, { ends?: Ends }>)[type]?.ends;
  const problems: string[] = [];
  if (ends?.from && !ends.from.includes(fromType)) {
    problems.push(`${type} starts at ${ends.from.join(" or ")}, not at ${fromType}`);
  }
  if (ends?.to && !ends.to.includes(toType)) problems.push(`${type} ends at ${ends.to.join(" or ")}, not at ${toType}`);
  return problems;
}

/** How a relationship record is named in messages. */
export function relationshipName(record: Pick<RelationshipRecord, "from" | "type" | "to">): string {
  return `${record.from} -${record.type}-> ${record.to}`;
}
