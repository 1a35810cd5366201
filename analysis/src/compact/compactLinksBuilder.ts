/**
 * The relationships of the whole database gathered as they stream in, an actor a row: typed
 * arrays that double when full (9 bytes a relationship, where `{source, target, type}` objects
 * cost about 100). A target gets its index when first seen, as a target or as a row.
 */
import type { CompactLinks } from "./compactGraphs.ts";

const INITIAL_CAPACITY = 1024;

function grown<T extends Uint8Array | Uint32Array>(array: T, make: (length: number) => T): T {
  const larger = make(array.length * 2);
  larger.set(array);
  return larger;
}

export class CompactLinksBuilder {
  private readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  private rowSeen = new Uint8Array(INITIAL_CAPACITY);
  private rowCount = 0;
  private sources = new Uint32Array(INITIAL_CAPACITY);
  private targets = new Uint32Array(INITIAL_CAPACITY);
  private directed = new Uint8Array(INITIAL_CAPACITY);
  private count = 0;

  /** Actors read as rows so far. */
  get actors(): number {
    return this.rowCount;
  }

  /** An actor's own row: its index. */
  addActor(id: string): number {
    const at = this.indexOf(id);
    if (!this.rowSeen[at]) this.rowCount++;
    this.rowSeen[at] = 1;
    return at;
  }

  /** A relationship from an actor already added; `directed`: its type's direction counts. */
  addLink(source: number, target: string, directed: boolean): void {
    if (this.count === this.sources.length) {
      this.sources = grown(this.sources, (length) => new Uint32Array(length));
      this.targets = grown(this.targets, (length) => new Uint32Array(length));
      this.directed = grown(this.directed, (length) => new Uint8Array(length));
    }
    this.sources[this.count] = source;
    this.targets[this.count] = this.indexOf(target);
    this.directed[this.count++] = directed ? 1 : 0;
  }

  /**
   * The actors that came as rows and the relationships between them. A target that never came as
   * a row was created after the read passed it (read committed): it and its links are left out.
   */
  finish(): { ids: string[]; links: CompactLinks } {
    const { ids, rowSeen, sources, targets, directed, count } = this;
    if (this.rowCount === ids.length) return { ids, links: { order: ids.length, count, sources, targets, directed } };
    const renumbered = new Uint32Array(ids.length);
    const kept: string[] = [];
    ids.forEach((id, i) => {
      if (rowSeen[i]) renumbered[i] = kept.push(id) - 1;
    });
    let k = 0;
    for (let i = 0; i < count; i++) {
      if (!rowSeen[targets[i]!]) continue;
      sources[k] = renumbered[sources[i]!]!;
      targets[k] = renumbered[targets[i]!]!;
      directed[k++] = directed[i]!;
    }
    return { ids: kept, links: { order: kept.length, count: k, sources, targets, directed } };
  }

  private indexOf(id: string): number {
    let at = this.index.get(id);
    if (at !== undefined) return at;
    at = this.ids.push(id) - 1;
    this.index.set(id, at);
    if (at === this.rowSeen.length) this.rowSeen = grown(this.rowSeen, (length) => new Uint8Array(length));
    return at;
  }
}
