/**
 * Checked rows (checkRecord.ts) as one flat array per block, the form they cross threads in: an
 * array of objects would carry every property name once per row, which the copy between threads
 * pays for twice (about a third of the main thread's time at a million rows). The rows of a block
 * all come from one file, which the receiver knows, and are numbered within their block.
 */
import type { DatasetIssue } from "@atlas/model";
import type { Checked } from "./checkRecord.ts";

type Wire = unknown[];
const ISSUE = 0;
const SOURCE = 1;
const ACTOR = 2;
const RELATIONSHIP = 3;

/** Adds a row to the wire as it is checked: the rows of a block are not all kept until it is sent. */
export function addToWire(wire: Wire, row: Checked): void {
  if (row.kind === "issue") wire.push(ISSUE, row.issue);
  else if (row.kind === "source") wire.push(SOURCE, row.line, row.id, row.out);
  else {
    if (row.kind === "actor") wire.push(ACTOR, row.line, row.id, row.out);
    else wire.push(RELATIONSHIP, row.line, row.id, row.out, row.type, row.from, row.to);
    wire.push(row.sources.length);
    for (const source of row.sources) wire.push(source);
    wire.push(row.problems.length);
    for (const problem of row.problems) wire.push(problem);
  }
}

/** Hands each row of the wire to `take`, in order, its line moved on by `base` (lines before its block). */
export function forEachFromWire(wire: Wire, file: string, base: number, take: (row: Checked) => void): void {
  let at = 0;
  const list = (): string[] => {
    const length = wire[at] as number;
    at += 1 + length;
    return wire.slice(at - length, at) as string[];
  };
  while (at < wire.length) {
    const kind = wire[at];
    if (kind === ISSUE) {
      const issue = wire[at + 1] as DatasetIssue;
      take({ kind: "issue", issue: { ...issue, line: issue.line! + base } });
      at += 2;
      continue;
    }
    const line = base + (wire[at + 1] as number);
    const id = wire[at + 2] as string;
    const out = wire[at + 3];
    at += 4;
    if (kind === SOURCE) take({ kind: "source", file, line, id, out });
    else if (kind === ACTOR) take({ kind: "actor", file, line, id, out, sources: list(), problems: list() });
    else {
      const [type, from, to] = wire.slice(at, (at += 3)) as string[];
      take({
        kind: "relationship",
        file,
        line,
        id,
        out,
        type: type!,
        from: from!,
        to: to!,
        sources: list(),
        problems: list(),
      });
    }
  }
}
