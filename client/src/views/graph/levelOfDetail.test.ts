import { describe, expect, it } from "vitest";
import { getLevelOfDetail, LARGE_VIEW_EDGES } from "./levelOfDetail.ts";

describe("getLevelOfDetail", () => {
  it("keeps arrowheads and the z-order of small views, and draws them while moving", () => {
    expect(getLevelOfDetail(LARGE_VIEW_EDGES)).toEqual({
      defaultEdgeType: "arrow",
      zIndex: true,
      hideEdgesOnMove: false,
      hideLabelsOnMove: false,
    });
  });

  it("draws large views with line edges, no depth sorting, nothing while moving", () => {
    expect(getLevelOfDetail(LARGE_VIEW_EDGES + 1)).toEqual({
      defaultEdgeType: "line",
      zIndex: false,
      hideEdgesOnMove: true,
      hideLabelsOnMove: true,
    });
  });

  it("names a bad edge count", () => {
    expect(() => getLevelOfDetail(-1)).toThrow("getLevelOfDetail: edge count must be a non-negative integer, got -1");
  });
});
