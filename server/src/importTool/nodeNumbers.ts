/**
 * Node numbers for the import tool's `--id-type=actual` (importToolCsv.ts), as a line's leading
 * fields: consecutive from 0, an actor's taken at its first sight, as a row of its own or as a
 * written relationship's end (files may hold relationships before their actors), a source's at
 * its row. An import that validates refers to no actor it does not hold, so the numbers are
 * exactly those of the nodes written.
 */
import type { CheckedRecord } from "./checkRecord.ts";

export class NodeNumbers {
  private next = 0;
  private readonly actors = new Map<string, number>();

  /** A source's line start, `n,` (a new number each call: call it for written rows only). */
  source(): string {
    return `${this.next++},`;
  }

  /** An actor's line start, `n,`, or a relationship's, `from,to,`. */
  of(row: Exclude<CheckedRecord, { kind: "source" }>): string {
    if (row.kind === "relationship") return `${this.actor(row.from)},${this.actor(row.to)},`;
    return `${this.actor(row.id)},`;
  }

  private actor(id: string): number {
    let number = this.actors.get(id);
    if (number === undefined) this.actors.set(id, (number = this.next++));
    return number;
  }
}
