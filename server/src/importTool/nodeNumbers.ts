/**
 * The import's actor ids with their node numbers, for the import tool's `--id-type=actual`
 * (importToolCsv.ts): consecutive from 0, an actor's taken at its first sight, as a row of its own
 * or as a relationship's end (files may hold relationships before their actors), a source's at
 * its row. An import that validates refers to no actor it does not hold, so the numbers are
 * exactly those of the nodes written. One map lookup tells both whether an end's actor came yet
 * and its number: the validator does one per end of a million relationships.
 */
export class NodeNumbers {
  private next = 0;
  /** The actors whose own row came, with their numbers. */
  readonly actors = new Map<string, number>();
  /** Actors referred to before their row, with the numbers taken then. */
  private readonly early = new Map<string, number>();

  /** A new actor row's number, the one its first reference took if any; undefined for an id already in. */
  define(id: string): number | undefined {
    if (this.actors.has(id)) return undefined;
    const number = (this.early.size > 0 ? this.early.get(id) : undefined) ?? this.next++;
    this.actors.set(id, number);
    return number;
  }

  /** The number of an actor whose row has not come (yet). */
  ahead(id: string): number {
    let number = this.early.get(id);
    if (number === undefined) this.early.set(id, (number = this.next++));
    return number;
  }

  source(): number {
    return this.next++;
  }
}
