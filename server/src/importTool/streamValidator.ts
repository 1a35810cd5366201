/**
 * What validating an import row by row needs beyond each row alone, applied in input order: duplicate
 * ids, references to actors and sources, counts, and the node numbers of the import tool's lines.
 * Ids seen are kept in a map (actors, with their numbers: nodeNumbers.ts), a Set (sources) or as
 * hashes (relationships, HashedIdSet); a reference to an id not seen yet is kept aside and checked
 * at the end, so files in any order validate alike.
 */
import { DatasetError, HashedIdSet, relationshipName, type DatasetIssue } from "@atlas/model";
import { IMPORT_SUBJECT } from "../curation/importFiles.ts";
import type { Existing } from "../curation/importRecords.ts";
import type { Checked, CheckedRecord } from "./checkRecord.ts";
import { NodeNumbers } from "./nodeNumbers.ts";
import type { RowKind } from "./readImportStream.ts";

/** Issues listed in the error; the rest are counted. */
const LISTED = 100;

const NOTHING_STORED: Existing = { actorIds: new Set(), sourceIds: new Set() };

/** `numbers`: the line's leading node numbers, for the import tool's files ("" for other sinks). */
export type Emit = (kind: RowKind, out: unknown, numbers: string) => void;

// Named only when reported or referred to later: most rows are neither.
const nameOf = (row: CheckedRecord) => (row.kind === "relationship" ? relationshipName(row) : row.id);

interface Reference {
  file: string;
  line: number;
  record: string;
  id: string;
}

export class StreamValidator {
  readonly issues: DatasetIssue[] = [];
  private issueCount = 0;
  private readonly sourceIds = new Set<string>();
  private readonly relationshipIds = new HashedIdSet();
  private readonly laterActors: Reference[] = [];
  private readonly laterSources: Reference[] = [];
  readonly counts = { sources: 0, actors: 0, relationships: 0 };
  /** False once an actor came after a relationship: a loader then needs the actors first. */
  actorsFirst = true;

  private readonly nodes = new NodeNumbers();

  /** `numbered`: the rows are the import tool's lines, which start with their node numbers. */
  constructor(
    private readonly emit: Emit,
    private readonly numbered = false,
  ) {}

  /** The ids of the import's actors. */
  actorIds(): IterableIterator<string> {
    return this.nodes.actors.keys();
  }

  /** Applies what depends on the rows before (duplicates, references, counts) to a row checked alone. */
  apply(row: Checked): void {
    if (row.kind === "issue") return this.report(row.issue);
    if (row.kind === "source") {
      if (this.sourceIds.has(row.id)) return this.at(row, `duplicate source "${row.id}" in the import`);
      this.sourceIds.add(row.id);
      this.counts.sources++;
      const number = this.nodes.source();
      return this.emit("source", row.out, this.numbered ? `${number},` : "");
    }
    let numbers: string;
    if (row.kind === "actor") {
      const number = this.nodes.define(row.id);
      if (number === undefined) return this.at(row, `duplicate id "${row.id}" in the import`);
      if (this.counts.relationships > 0) this.actorsFirst = false;
      numbers = this.numbered ? `${number},` : "";
    } else {
      const from = this.nodes.actors.get(row.from) ?? this.ahead(row, row.from);
      const to = this.nodes.actors.get(row.to) ?? this.ahead(row, row.to);
      numbers = this.numbered ? `${from},${to},` : "";
    }
    for (const source of row.sources) if (!this.sourceIds.has(source)) this.laterSources.push(this.refer(row, source));
    for (const reason of row.problems) this.at(row, reason);
    if (row.kind === "relationship" && !this.relationshipIds.add(row.id))
      return this.at(row, `duplicate relationship ${row.id} in the import`);
    this.counts[row.kind === "actor" ? "actors" : "relationships"]++;
    if (row.problems.length === 0) this.emit(row.kind, row.out, numbers);
  }

  /** An end whose actor has not come (yet): checked at the end, numbered now. */
  private ahead(row: CheckedRecord, id: string): number {
    this.laterActors.push(this.refer(row, id));
    return this.nodes.ahead(id);
  }

  private at(row: CheckedRecord, reason: string): void {
    this.report({ file: row.file, line: row.line, record: nameOf(row), reason });
  }

  private refer(row: CheckedRecord, id: string): Reference {
    return { file: row.file, line: row.line, record: nameOf(row), id };
  }

  /** Issues from reading the files, counted with the rest. */
  report(issue: DatasetIssue): void {
    if (++this.issueCount <= LISTED) this.issues.push(issue);
  }

  /** The ids referred to that the import does not hold: the caller may find them stored. */
  unresolved(): { actorIds: string[]; sourceIds: string[] } {
    const outside = (refs: Reference[], held: { has(id: string): boolean }) => [
      ...new Set(refs.map(({ id }) => id).filter((id) => !held.has(id))),
    ];
    return {
      actorIds: outside(this.laterActors, this.nodes.actors),
      sourceIds: outside(this.laterSources, this.sourceIds),
    };
  }

  /**
   * Checks the references kept aside, against the import and what is stored; throws every
   * problem found (the first 100 listed).
   */
  finish(stored: Existing = NOTHING_STORED): void {
    for (const { id, ...place } of this.laterActors)
      if (!this.nodes.actors.has(id) && !stored.actorIds.has(id))
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
