import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { useLinearBufferReads } from "./linearBufferReads.ts";

const require = createRequire(import.meta.url);
const CombinedBuffer = require("neo4j-driver-bolt-connection/lib/channel/combined-buf.js").default;
const ChannelBuffer = require("neo4j-driver-bolt-connection/lib/channel/channel-buf.js").default;

describe("useLinearBufferReads", () => {
  it("reads every byte of a chunked buffer as the driver's own reader does, in any order", () => {
    const bytes = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256));
    const chunks: unknown[] = [];
    for (let from = 0, size = 1; from < bytes.length; from += size, size = (size % 97) + 1) {
      chunks.push(new ChannelBuffer(bytes.subarray(from, from + size)));
    }
    const original = new CombinedBuffer(chunks);
    const expected = [...bytes.keys()].map((i) => [original.getUInt8(i), original.getInt8(i)]);

    expect(useLinearBufferReads()).toBe(true);
    const patched = new CombinedBuffer(chunks);
    const order = [...bytes.keys(), ...[...bytes.keys()].reverse(), 17, 4000, 3, 4999, 0];
    for (const i of order) expect([patched.getUInt8(i), patched.getInt8(i)]).toEqual(expected[i]);
    expect(() => patched.getUInt8(bytes.length)).toThrow(/beyond end/);
  });
});
