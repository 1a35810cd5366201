/**
 * Checked rows (checkRecord.ts) as one flat array per block, the form they cross threads in: an
 * array of objects would carry every property name once per row, which the copy between threads
 * pays for twice (about a third of the main thread's time at a million rows). Strings that many
 * rows repeat (relationship types, sources, problems) go once per block in `shared`, the rows
 * naming them by index: fewer strings to copy and to hash. The rows of a block all come from one
 * file, which the receiver knows, and are numbered within their block.
 */
import type { DatasetIssue } from "@atlas/model";
import type { Checked } from "./checkRecord.ts";

export interface Wire {
  rows: unknown[];
  shared: string[];
}

const ISSUE = 0;
const SOURCE = 1;
const ACTOR = 2;
const RELATIONSHIP = 3;

/** Adds rows to a block's wire as they are checked: the rows of a block are not all kept until it is sent. */
export class WireWriter {
  readonly wire: Wire = { rows: [], shared: [] };
  private readonly indexes = new Map<string, number>();

  add(row: Checked): void {
    const { rows } = this.wire;
    if (row.kind === "issue") rows.push(ISSUE, row.issue);
    else if (row.kind === "source") rows.push(SOURCE, row.line, row.id, row.out);
    else {
      if (row.kind === "actor") rows.push(ACTOR, row.line, row.id, row.out);
      else rows.push(RELATIONSHIP, row.line, row.id, row.out, this.share(row.type), row.from, row.to);
      rows.push(row.sources.length);
      for (const source of row.sources) rows.push(this.share(source));
      rows.push(row.problems.length);
      for (const problem of row.problems) rows.push(this.share(problem));
    }
  }

  private share(text: string): number {
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.wire.shared.push(text) - 1;
      this.indexes.set(text, index);
    }
    return index;
  }
}

/** Hands each row of the wire to `take`, in order, its line moved on by `base` (lines before its block). */
export function forEachFromWire({ rows, shared }: Wire, file: string, base: number, take: (row: Checked) => void) {
  let at = 0;
  const list = (): string[] => {
    const length = rows[at] as number;
    const texts = new Array<string>(length);
    for (let i = 0; i < length; i++) texts[i] = shared[rows[at + 1 + i] as number]!;
    at += 1 + length;
    return texts;
  };
  while (at < rows.length) {
    const kind = rows[at];
    if (kind === ISSUE) {
      const issue = rows[at + 1] as DatasetIssue;
      take({ kind: "issue", issue: { ...issue, line: issue.line! + base } });
      at += 2;
      continue;
    }
    const line = base + (rows[at + 1] as number);
    const id = rows[at + 2] as string;
    const out = rows[at + 3];
    at += 4;
    if (kind === SOURCE) take({ kind: "source", file, line, id, out });
    else if (kind === ACTOR) take({ kind: "actor", file, line, id, out, sources: list(), problems: list() });
    else {
      const type = shared[rows[at] as number]!;
      const [from, to] = [rows[at + 1] as string, rows[at + 2] as string];
      at += 3;
      take({ kind: "relationship", file, line, id, out, type, from, to, sources: list(), problems: list() });
    }
  }
}
