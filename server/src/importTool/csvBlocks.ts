/**
 * Lines of the import tool's CSV files as they cross threads (parallelValidate.ts): a worker
 * encodes a block's lines into one buffer, in line order, which moves to the main thread
 * (transferred, not copied); the main thread writes the lines its checks keep straight to their
 * files, each after the node numbers it starts with (StreamValidator numbers the nodes in input
 * order, which no worker knows). No string per line crosses threads, nor is a line encoded twice.
 */
import type { RowKind } from "./readImportStream.ts";

/** Takes valid records as lines of the import tool's CSV, formatted where they are checked. */
export interface LineSink {
  readonly origin: string;
  /** A whole line: its node numbers, then the rest. */
  line(kind: RowKind, line: string): void;
  /** A block's lines encoded on a worker, in order; `records` of them actors and relationships. */
  lines(lines: CsvLine[], records: number): void;
}

/** A line of one data file (DATA_FILES): its node numbers, then the rest encoded. */
export interface CsvLine {
  file: number;
  numbers: string;
  bytes: Uint8Array;
}

/** The data files, numbered: per kind, the lines on one line, then the lines spanning more. */
export const DATA_FILES = [
  ...["sources.csv", "sources-multiline.csv", "actors.csv", "actors-multiline.csv"],
  ...["relationships.csv", "relationships-multiline.csv"],
];
const FIRST_FILE: Record<RowKind, number> = { source: 0, actor: 2, relationship: 4 };

export function dataFileOf(kind: RowKind, line: string): number {
  // The line's own ending is its last character; a break before it is inside a value. (Two
  // searches for one character each: a third of the time a regular expression takes.)
  const inside = line.slice(0, -1);
  return FIRST_FILE[kind] + (inside.includes("\n") || inside.includes("\r") ? 1 : 0);
}

/** A block's lines: line k is bytes up to ends[k] from the end of line k - 1, of data file files[k]. */
export interface CsvBlock {
  bytes: Uint8Array<ArrayBuffer>;
  ends: Uint32Array<ArrayBuffer>;
  files: Uint8Array<ArrayBuffer>;
}

/** Encodes a block's lines on a worker thread; `lines` bounds how many it takes. */
export class CsvBlockWriter {
  private memory: ArrayBuffer;
  /** A view of `memory` that encodes strings into it. */
  private bytes: Buffer;
  private used = 0;
  private count = 0;
  private readonly ends: Uint32Array<ArrayBuffer>;
  private readonly files: Uint8Array<ArrayBuffer>;

  constructor(size: number, lines: number) {
    this.memory = new ArrayBuffer(size);
    this.bytes = Buffer.from(this.memory);
    this.ends = new Uint32Array(lines);
    this.files = new Uint8Array(lines);
  }

  /** Adds a line; returns its number in the block, which the record's checked row carries. */
  add(kind: RowKind, line: string): number {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (this.used + line.length * 3 > this.bytes.length) {
      this.memory = new ArrayBuffer(Math.max(2 * this.memory.byteLength, this.used + line.length * 3));
      const bigger = Buffer.from(this.memory);
      this.bytes.copy(bigger, 0, 0, this.used);
      this.bytes = bigger;
    }
    this.used += this.bytes.write(line, this.used);
    this.ends[this.count] = this.used;
    this.files[this.count] = dataFileOf(kind, line);
    return this.count++;
  }

  /** The block to send, and the buffers to move with it. */
  finish(): { block: CsvBlock; transfer: ArrayBuffer[] } {
    const block = { bytes: new Uint8Array(this.memory, 0, this.used), ends: this.ends, files: this.files };
    return { block, transfer: [this.memory, this.ends.buffer, this.files.buffer] };
  }
}

/** The lines of a block that the checks keep (StreamValidator's emit), handed to the sink in order. */
export class KeptLines {
  private block: CsvBlock | undefined;
  private lines: CsvLine[] = [];
  private records = 0;

  constructor(private readonly sink: LineSink) {}

  begin(block: CsvBlock): void {
    this.block = block;
  }

  readonly keep = (kind: RowKind, line: unknown, numbers: string): void => {
    const { bytes, ends, files } = this.block!;
    const k = line as number;
    this.lines.push({ file: files[k]!, numbers, bytes: bytes.subarray(k === 0 ? 0 : ends[k - 1]!, ends[k]!) });
    if (kind !== "source") this.records++;
  };

  end(): void {
    this.sink.lines(this.lines, this.records);
    [this.block, this.lines, this.records] = [undefined, [], 0];
  }
}
