import { describe, expect, it } from "vitest";
import { VIRIDIS } from "./colourScales.ts";
import { toFigureColourKey } from "./figureColourKey.ts";

describe("toFigureColourKey", () => {
  it("states a ramp as five points with their values, from the smallest to the largest", () => {
    const key = toFigureColourKey({ kind: "ramp", title: "PageRank", min: 0, max: 0.2, stops: VIRIDIS });
    expect(key).toEqual({
      title: "PageRank",
      items: [
        { label: "0", color: VIRIDIS[0] },
        { label: "0.05", color: expect.stringMatching(/^#[0-9a-f]{6}$/) },
        { label: "0.1", color: VIRIDIS[5] },
        { label: "0.15", color: expect.stringMatching(/^#[0-9a-f]{6}$/) },
        { label: "0.2", color: VIRIDIS[10] },
      ],
    });
  });

  it("states categories with their counts, and leaves the type legend to the figure", () => {
    const items = [{ label: "Community 0", color: "#cc6677", count: 4 }];
    expect(toFigureColourKey({ kind: "categories", title: "Community", items })).toEqual({
      title: "Community",
      items: [{ label: "Community 0 (4)", color: "#cc6677" }],
    });
    expect(toFigureColourKey({ kind: "categories", title: "Type", items })).toBeUndefined();
    expect(toFigureColourKey(null)).toBeUndefined();
  });
});
