/** A file written in 1 MB chunks, so that streaming millions of lines costs a few system calls. */
import { closeSync, openSync, writeSync } from "node:fs";

const CHUNK = 1 << 20;

export class BufferedFile {
  private readonly fd: number;
  // Each text is encoded into the buffer as it comes: cheaper than joining strings and encoding the join.
  private readonly buffer = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  /** How many writes (lines, for callers that write a line at a time) it has taken. */
  writes = 0;

  constructor(readonly file: string) {
    this.fd = openSync(file, "w");
  }

  write(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (!this.makeRoom(text.length * 3)) return void writeSync(this.fd, text);
    this.used += this.buffer.write(text, this.used);
  }

  /** Text encoded already (lines from a worker thread): one write. */
  writeBytes(bytes: Uint8Array): void {
    if (!this.makeRoom(bytes.length)) return void writeSync(this.fd, bytes);
    this.buffer.set(bytes, this.used);
    this.used += bytes.length;
  }

  /** Counts a write and flushes unless `size` more bytes fit; false when they never would (write them through). */
  private makeRoom(size: number): boolean {
    this.writes++;
    if (this.used + size > CHUNK) this.flush();
    return size <= CHUNK;
  }

  flush(): void {
    if (this.used > 0) writeSync(this.fd, this.buffer, 0, this.used);
    this.used = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
