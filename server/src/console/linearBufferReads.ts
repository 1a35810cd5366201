/**
 * Makes neo4j-driver 6.3's decoding of a large record linear instead of quadratic. Its
 * CombinedBuffer (a record spread over many Bolt chunks) finds each byte by walking the chunk list
 * from the start, so one row holding a 5-million-item list blocked the event loop for 32 s here;
 * remembering the chunk of the previous read (reads are sequential) brings that to under 2 s.
 * Applied once; left alone if the driver's internals no longer look as expected. Remove when the
 * driver reads chunks linearly (see docs/design-choices.md, "Console bounds").
 */
import { createRequire } from "node:module";

interface Chunk {
  length: number;
  getUInt8(position: number): number;
  getInt8(position: number): number;
}

interface CombinedBuffer {
  _buffers: Chunk[];
  /** Index and start offset of the chunk the previous read landed in. */
  lastChunk?: { index: number; start: number };
}

export function useLinearBufferReads(): boolean {
  let prototype: Record<string, unknown>;
  try {
    const require = createRequire(import.meta.url);
    prototype = require("neo4j-driver-bolt-connection/lib/channel/combined-buf.js").default.prototype;
  } catch {
    return false;
  }
  if (prototype.linearReads === true) return true;
  if (typeof prototype.getUInt8 !== "function" || typeof prototype.getInt8 !== "function") return false;
  for (const method of ["getUInt8", "getInt8"] as const) {
    prototype[method] = function (this: CombinedBuffer, position: number): number {
      const { chunk, offset } = locate(this, position);
      return chunk[method](offset);
    };
  }
  prototype.linearReads = true;
  return true;
}

function locate(buffer: CombinedBuffer, position: number): { chunk: Chunk; offset: number } {
  const remembered = buffer.lastChunk;
  let index = remembered && position >= remembered.start ? remembered.index : 0;
  let start = remembered && position >= remembered.start ? remembered.start : 0;
  for (; index < buffer._buffers.length; index++) {
    const chunk = buffer._buffers[index]!;
    if (position - start < chunk.length) {
      buffer.lastChunk = { index, start };
      return { chunk, offset: position - start };
    }
    start += chunk.length;
  }
  throw new RangeError("Read beyond end of CombinedBuffer");
}
