import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { sizeWithin } from "./resultSize.ts";

describe("sizeWithin", () => {
  it("is near the JSON size of plain values", () => {
    const value = { name: "Amsterdam", sources: ["a", "b"], year: neo4j.int(2020), ok: true };
    const estimate = sizeWithin(value, 1_000)!;
    expect(estimate).toBeGreaterThanOrEqual(JSON.stringify(value).length);
    expect(estimate).toBeLessThan(4 * JSON.stringify(value).length);
  });

  it("stops at the budget without walking the rest of a huge list", () => {
    const huge = Array.from({ length: 2_000_000 }, (_, i) => i);
    expect(sizeWithin([huge], 10_000_000)).toBeUndefined();
    expect(sizeWithin(["x".repeat(2_000)], 1_000)).toBeUndefined();
  });

  it("counts a node twice: once in the rows and once in the graph", () => {
    const props = { id: "amsterdam", name: "Amsterdam" };
    const node = new neo4j.types.Node(neo4j.int(1), ["Actor"], props, "4:x:1");
    expect(sizeWithin(node, 10_000)!).toBeGreaterThan(2 * JSON.stringify(props).length);
  });
});
