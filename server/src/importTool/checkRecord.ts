/**
 * The part of a streamed import's checks that looks at one row alone: its schema, what is wrong
 * with the record by itself, and its output (the loaders' form or a line of the import tool's
 * CSV). It needs nothing from other rows, so worker threads run it (parallelValidate.ts) as well
 * as the main thread; StreamValidator then applies what depends on order and on all rows.
 */
import {
  actorRecordSchema,
  relationshipId,
  relationshipProblems,
  relationshipRecordSchema,
  sourceRecordSchema,
  toActor,
  toRelationship,
  type Actor,
  type ActorRecord,
  type DatasetIssue,
  type Evidence,
  type Relationship,
  type RelationshipRecord,
  type SourceRecord,
} from "@atlas/model";
import { validateRow } from "../curation/importRecords.ts";
import { LIST_DELIMITER, toActorLine, toRelationshipLine, toSourceLine } from "./importToolCsv.ts";
import type { StreamRow } from "./readImportStream.ts";

const DELIMITER_IN_TEXT = "holds the control character U+001F, which the import tool reads as a list delimiter";

/** What becomes of a valid record: one function per kind. */
export interface RecordOutput<S, A, R> {
  source(record: SourceRecord): S;
  actor(record: ActorRecord): A;
  relationship(record: RelationshipRecord, id: string): R;
}

interface Place {
  file: string;
  line: number;
}

/**
 * One row checked alone. `problems` are its own faults, in the order they are reported; `out` is
 * left out when there are any, as such a record is not written. Plain data: it crosses threads.
 */
export type Checked<S = unknown, A = unknown, R = unknown> =
  | { kind: "issue"; issue: DatasetIssue }
  | (Place & { kind: "source"; id: string; out: S })
  | (Place & { kind: "actor"; id: string; sources: string[]; problems: string[]; out?: A })
  | (Place & {
      kind: "relationship";
      id: string;
      type: string;
      from: string;
      to: string;
      sources: string[];
      problems: string[];
      out?: R;
    });

/** A row that passed its schema. */
export type CheckedRecord<S = unknown, A = unknown, R = unknown> = Exclude<Checked<S, A, R>, { kind: "issue" }>;

export function checkRow<S, A, R>(row: StreamRow, output: RecordOutput<S, A, R>): Checked<S, A, R> {
  const { file, line } = row;
  if (row.kind === "source") {
    const checked = validateRow(row, sourceRecordSchema);
    if ("reason" in checked) return { kind: "issue", issue: checked };
    return { kind: "source", file, line, id: checked.record.id, out: output.source(checked.record) };
  }
  if (row.kind === "actor") {
    const checked = validateRow(row, actorRecordSchema);
    if ("reason" in checked) return { kind: "issue", issue: checked };
    const actor = checked.record;
    const problems = evidenceProblems(actor.evidence);
    if (actor.aliases.some((alias) => alias.includes(LIST_DELIMITER))) problems.push(DELIMITER_IN_TEXT);
    const out = problems.length === 0 ? output.actor(actor) : undefined;
    return { kind: "actor", file, line, id: actor.id, sources: sourcesOf(actor.evidence), problems, out };
  }
  const checked = validateRow(row, relationshipRecordSchema);
  if ("reason" in checked) return { kind: "issue", issue: checked };
  const rel = checked.record;
  const problems = [...relationshipProblems(rel), ...evidenceProblems(rel.evidence)];
  const id = relationshipId(rel);
  const out = problems.length === 0 ? output.relationship(rel, id) : undefined;
  const { type, from, to } = rel;
  return { kind: "relationship", file, line, id, type, from, to, sources: sourcesOf(rel.evidence), problems, out };
}

const sourcesOf = (evidence: Evidence[]) => evidence.map((e) => e.source);

function evidenceProblems(evidence: Evidence[]): string[] {
  const problems: string[] = [];
  for (const { source, quote } of evidence)
    if (quote.includes(LIST_DELIMITER) || source.includes(LIST_DELIMITER)) problems.push(DELIMITER_IN_TEXT);
  return problems;
}

/** Valid records in the loaders' form (the batched loaders and tests take these). */
export const TO_RECORDS: RecordOutput<SourceRecord, Actor, Relationship> = {
  source: (record) => record,
  actor: toActor,
  relationship: toRelationship,
};

/** Valid records as lines of the import tool's CSV files. */
export const toImportToolLines = (origin: string): RecordOutput<string, string, string> => ({
  source: toSourceLine,
  actor: (record) => toActorLine(toActor(record), origin),
  relationship: (record, id) => toRelationshipLine(toRelationship(record, id), origin),
});

/** Checks nothing beyond the rules: for a pass that writes nothing. */
export const TO_NOTHING: RecordOutput<undefined, undefined, undefined> = {
  source: () => undefined,
  actor: () => undefined,
  relationship: () => undefined,
};
