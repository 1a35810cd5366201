/**
 * Validates an import row by row as it streams, with the rules of the in-memory import
 * (curation/importRecords.ts): the same zod schemas and relationshipProblems, duplicate ids,
 * references to actors and sources. Ids seen are kept in a Set (actors, sources) or as hashes
 * (relationships, HashedIdSet); a reference to an id not seen yet is kept aside and checked at
 * the end, so files in any order validate alike. Valid records go to the sink as they come;
 * the caller writes nothing to the database unless `finish` returns without throwing.
 */
import {
  actorRecordSchema,
  DatasetError,
  HashedIdSet,
  relationshipId,
  relationshipName,
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
import type { z } from "zod";
import { IMPORT_SUBJECT } from "../curation/importFiles.ts";
import { validateRow, type Existing } from "../curation/importRecords.ts";
import { readImportStream, type StreamInput, type StreamRow } from "./readImportStream.ts";

export interface RecordSink {
  source(record: SourceRecord): void;
  actor(actor: Actor): void;
  relationship(relationship: Relationship): void;
}

/** Issues listed in the error; the rest are counted. */
const LISTED = 100;
/** The import tool's list delimiter (importToolCsv.ts): no text may hold it. */
export const LIST_DELIMITER = "\u001f";

const NOTHING_STORED: Existing = { actorIds: new Set(), sourceIds: new Set() };
const DELIMITER_IN_TEXT = "holds the control character U+001F, which the import tool reads as a list delimiter";

type Refer = (id: string) => Reference;
type Add<T> = (record: T, at: (reason: string) => void, refer: Refer, clean: () => boolean) => void;

interface Reference {
  file: string;
  line: number;
  record: string;
  id: string;
}

export class StreamValidator {
  readonly issues: DatasetIssue[] = [];
  private issueCount = 0;
  readonly actorIds = new Set<string>();
  private readonly sourceIds = new Set<string>();
  private readonly relationshipIds = new HashedIdSet();
  private readonly laterActors: Reference[] = [];
  private readonly laterSources: Reference[] = [];
  readonly counts = { sources: 0, actors: 0, relationships: 0 };
  /** False once an actor came after a relationship: a loader then needs the actors first. */
  actorsFirst = true;

  constructor(private readonly sink: RecordSink) {}

  add(row: StreamRow): void {
    if (row.kind === "source") this.check(row, sourceRecordSchema, (r) => r.id, this.addSource);
    else if (row.kind === "actor") this.check(row, actorRecordSchema, (r) => r.id, this.addActor);
    else this.check(row, relationshipRecordSchema, relationshipName, this.addRelationship);
  }

  /** Validates the row; `add` reports through `at` and sends the record on only if it reported nothing. */
  private check<T>(row: StreamRow, schema: z.ZodType<T>, nameOf: (record: T) => string, add: Add<T>): void {
    const checked = validateRow(row, schema);
    if ("reason" in checked) return this.report(checked);
    const record = checked.record;
    const at = (reason: string) => this.report({ file: row.file, line: row.line, record: nameOf(record), reason });
    const refer = (id: string) => ({ file: row.file, line: row.line, record: nameOf(record), id });
    const before = this.issueCount;
    add.call(this, record, at, refer, () => this.issueCount === before);
  }

  private addSource(source: SourceRecord, at: (reason: string) => void, _: unknown, clean: () => boolean): void {
    if (this.sourceIds.has(source.id)) return at(`duplicate source "${source.id}" in the import`);
    this.sourceIds.add(source.id);
    this.counts.sources++;
    if (clean()) this.sink.source(source);
  }

  private addActor(actor: ActorRecord, at: (reason: string) => void, refer: Refer, clean: () => boolean): void {
    if (this.actorIds.has(actor.id)) return at(`duplicate id "${actor.id}" in the import`);
    this.actorIds.add(actor.id);
    if (this.counts.relationships > 0) this.actorsFirst = false;
    this.checkEvidence(actor, at, refer);
    if (actor.aliases.some((alias) => alias.includes(LIST_DELIMITER))) at(DELIMITER_IN_TEXT);
    this.counts.actors++;
    if (clean()) this.sink.actor(toActor(actor));
  }

  private addRelationship(rel: RelationshipRecord, at: (reason: string) => void, refer: Refer, clean: () => boolean) {
    for (const end of [rel.from, rel.to]) if (!this.actorIds.has(end)) this.laterActors.push(refer(end));
    for (const reason of relationshipProblems(rel)) at(reason);
    this.checkEvidence(rel, at, refer);
    const id = relationshipId(rel);
    if (!this.relationshipIds.add(id)) return at(`duplicate relationship ${id} in the import`);
    this.counts.relationships++;
    if (clean()) this.sink.relationship(toRelationship(rel, id));
  }

  private checkEvidence(record: { evidence: Evidence[] }, at: (reason: string) => void, refer: Refer): void {
    for (const { source, quote } of record.evidence) {
      if (!this.sourceIds.has(source)) this.laterSources.push(refer(source));
      if (quote.includes(LIST_DELIMITER) || source.includes(LIST_DELIMITER)) at(DELIMITER_IN_TEXT);
    }
  }

  /** Issues from reading the files, counted with the rest. */
  report(issue: DatasetIssue): void {
    if (++this.issueCount <= LISTED) this.issues.push(issue);
  }

  /** The ids referred to that the import does not hold: the caller may find them stored. */
  unresolved(): { actorIds: string[]; sourceIds: string[] } {
    const outside = (refs: Reference[], held: Set<string>) => [
      ...new Set(refs.map(({ id }) => id).filter((id) => !held.has(id))),
    ];
    return {
      actorIds: outside(this.laterActors, this.actorIds),
      sourceIds: outside(this.laterSources, this.sourceIds),
    };
  }

  /**
   * Checks the references kept aside, against the import and what is stored; throws every
   * problem found (the first 100 listed).
   */
  finish(stored: Existing = NOTHING_STORED): void {
    for (const { id, ...place } of this.laterActors)
      if (!this.actorIds.has(id) && !stored.actorIds.has(id))
        this.report({ ...place, reason: `"${id}" is neither in the import nor in the database` });
    for (const { id, ...place } of this.laterSources)
      if (!this.sourceIds.has(id) && !stored.sourceIds.has(id)) {
        this.report({ ...place, reason: `unknown source "${id}": add it to sources or use a stored one` });
      }
    if (this.counts.actors + this.counts.relationships === 0 && this.issueCount === 0)
      this.report({ file: "import", reason: "nothing to import: no actors and no relationships" });
    if (this.issueCount === 0) return;
    const more = this.issueCount > LISTED ? ` (${this.issueCount} problems in all, the first ${LISTED} listed)` : "";
    throw new DatasetError(this.issues, `${IMPORT_SUBJECT}${more}`);
  }
}

/**
 * Reads and validates the whole input, handing valid records to the sink; `stored` says which of
 * the ids the import refers to but does not hold are in the database. Throws every problem.
 */
export async function validateStreamed(
  input: StreamInput,
  sink: RecordSink = IGNORE,
  stored?: (unresolved: ReturnType<StreamValidator["unresolved"]>) => Promise<Existing>,
): Promise<StreamValidator> {
  const validator = new StreamValidator(sink);
  for await (const row of readImportStream(input, { push: (issue) => validator.report(issue) })) validator.add(row);
  validator.finish(stored && (await stored(validator.unresolved())));
  return validator;
}

const IGNORE: RecordSink = { source: () => undefined, actor: () => undefined, relationship: () => undefined };
