/** A file written in 1 MB chunks, so that streaming millions of lines costs a few system calls. */
import { closeSync, openSync, writeSync } from "node:fs";

export class BufferedFile {
  private readonly fd: number;
  private buffer = "";
  /** How many writes (lines, for callers that write a line at a time) it has taken. */
  writes = 0;

  constructor(readonly file: string) {
    this.fd = openSync(file, "w");
  }

  write(text: string): void {
    this.buffer += text;
    this.writes++;
    if (this.buffer.length > 1 << 20) this.flush();
  }

  flush(): void {
    writeSync(this.fd, this.buffer);
    this.buffer = "";
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
