import { describe, expect, it } from "vitest";
import { HashedIdSet } from "./hashedIdSet.ts";

describe("HashedIdSet", () => {
  it("tells new ids from ones seen, across growth", () => {
    const set = new HashedIdSet();
    const ids = Array.from({ length: 200_000 }, (_, i) => `MEMBER_OF:city-${i}:network-${i % 97}`);
    expect(ids.every((id) => set.add(id))).toBe(true);
    expect(set.size).toBe(200_000);
    expect(ids.filter((_, i) => i % 1000 === 0).some((id) => set.add(id))).toBe(false);
    expect(set.add("")).toBe(true);
    expect(set.add("")).toBe(false);
    expect(set.size).toBe(200_001);
  });
});
