/** Actors dragged into place in the explorer stay marked as pinned in the export graph and its JSON. */
import { describe, expect, it } from "vitest";
import { buildExportGraph } from "./exportGraph.ts";
import { readExportFixture } from "./loadFixtureGraph.ts";
import { writeGraphologyJson } from "./writeJson.ts";

describe("a drawing with pinned actors", () => {
  it("marks the pinned ones, at their places, and no other", () => {
    const fixture = readExportFixture();
    const [pinned, other] = Object.keys(fixture.drawing).sort();
    const drawing = { ...fixture.drawing, [pinned!]: { ...fixture.drawing[pinned!]!, pinned: true } };
    const graph = buildExportGraph(fixture.actors, fixture.relationships, drawing);
    expect(graph.getNodeAttributes(pinned!)).toMatchObject({ pinned: true, x: drawing[pinned!]!.x });
    expect(graph.getNodeAttribute(other!, "pinned")).toBeUndefined();
    const json = JSON.parse(writeGraphologyJson(graph)) as { nodes: Array<{ key: string; attributes: object }> };
    expect(json.nodes.find((n) => n.key === pinned)!.attributes).toMatchObject({ pinned: true });
  });
});
