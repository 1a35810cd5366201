import { describe, expect, it } from "vitest";
import { toSimpleGraphs } from "./simpleGraphs.ts";

const isDirected = (type: string) => type !== "MET";

describe("toSimpleGraphs", () => {
  const { directed, undirected } = toSimpleGraphs(
    ["a", "b", "c", "lone"],
    [
      { source: "a", target: "b", type: "FUNDS" },
      { source: "a", target: "b", type: "SUPPORTS" },
      { source: "b", target: "a", type: "FUNDS" },
      { source: "b", target: "c", type: "MET" },
      { source: "c", target: "c", type: "FUNDS" },
    ],
    isDirected,
  );

  it("merges parallel relationships into one link weighted by their number", () => {
    expect(undirected.getEdgeAttribute("a", "b", "weight")).toBe(3);
    expect(directed.getEdgeAttribute("a", "b", "weight")).toBe(2);
    expect(directed.getEdgeAttribute("b", "a", "weight")).toBe(1);
  });

  it("counts an undirected type both ways on the directed graph", () => {
    expect(directed.getEdgeAttribute("b", "c", "weight")).toBe(1);
    expect(directed.getEdgeAttribute("c", "b", "weight")).toBe(1);
    expect(undirected.getEdgeAttribute("b", "c", "weight")).toBe(1);
  });

  it("keeps isolated actors and drops self-loops", () => {
    expect(undirected.order).toBe(4);
    expect(undirected.degree("lone")).toBe(0);
    expect(directed.hasEdge("c", "c")).toBe(false);
    expect(undirected.size).toBe(2);
  });

  it("refuses a relationship to an actor it was not given, naming both", () => {
    expect(() => toSimpleGraphs(["a"], [{ source: "a", target: "ghost", type: "FUNDS" }], isDirected)).toThrow(
      'toSimpleGraphs: a FUNDS relationship a -> ghost joins an unknown actor "ghost"',
    );
  });
});
