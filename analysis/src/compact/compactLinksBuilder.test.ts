import { describe, expect, it } from "vitest";
import type { CompactLinks } from "./compactGraphs.ts";
import { CompactLinksBuilder } from "./compactLinksBuilder.ts";

const triples = ({ count, sources, targets, directed }: CompactLinks) =>
  Array.from({ length: count }, (_, i) => [sources[i], targets[i], directed[i]]);

describe("CompactLinksBuilder", () => {
  it("indexes a target when first seen and keeps that index for its own row", () => {
    const builder = new CompactLinksBuilder();
    const a = builder.addActor("a");
    builder.addLink(a, "b", true);
    builder.addLink(a, "b", false);
    const b = builder.addActor("b");
    builder.addLink(b, "a", true);
    builder.addActor("lone");
    expect(builder.actors).toBe(3);
    const { ids, links } = builder.finish();
    expect(ids).toEqual(["a", "b", "lone"]);
    expect(links.order).toBe(3);
    expect(triples(links)).toEqual([
      [0, 1, 1],
      [0, 1, 0],
      [1, 0, 1],
    ]);
  });

  it("leaves out targets that never came as rows, and their links", () => {
    const builder = new CompactLinksBuilder();
    const a = builder.addActor("a");
    builder.addLink(a, "late", true);
    builder.addLink(a, "c", true);
    builder.addActor("c");
    const { ids, links } = builder.finish();
    expect(ids).toEqual(["a", "c"]);
    expect(triples(links)).toEqual([[0, 1, 1]]);
  });

  it("grows past its first arrays", () => {
    const builder = new CompactLinksBuilder();
    for (let i = 0; i < 3000; i++) builder.addLink(builder.addActor(`n${i}`), `n${(i + 1) % 3000}`, i % 2 === 0);
    const { ids, links } = builder.finish();
    expect(ids).toHaveLength(3000);
    expect(links.count).toBe(3000);
    expect(triples(links)[2999]).toEqual([2999, 0, 0]);
  });
});
