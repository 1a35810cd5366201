import type Sigma from "sigma";
import { describe, expect, it } from "vitest";
import { frameNodes, onFrameRequest, requestFrame } from "./frameResult.ts";

/** The two sigma calls frameNodes makes, over fixed display positions. */
function fakeSigma(positions: Record<string, { x: number; y: number }>) {
  const moves: Array<{ x: number; y: number; ratio: number }> = [];
  const sigma = {
    getNodeDisplayData: (id: string) => positions[id],
    getCamera: () => ({ animate: (state: { x: number; y: number; ratio: number }) => moves.push(state) }),
  } as unknown as Sigma;
  return { sigma, moves };
}

describe("frameNodes", () => {
  it("centres the camera on the nodes with a margin around them", () => {
    const { sigma, moves } = fakeSigma({ a: { x: 0.2, y: 0.4 }, b: { x: 0.4, y: 0.5 } });
    frameNodes(sigma, ["a", "b", "missing"]);
    expect(moves).toHaveLength(1);
    expect(moves[0]!.x).toBeCloseTo(0.3);
    expect(moves[0]!.y).toBeCloseTo(0.45);
    expect(moves[0]!.ratio).toBeCloseTo(0.3);
  });

  it("never zooms closer than a readable ratio, nor out past the whole graph", () => {
    const one = fakeSigma({ a: { x: 0.5, y: 0.5 } });
    frameNodes(one.sigma, ["a"]);
    expect(one.moves[0]!.ratio).toBe(0.08);
    const wide = fakeSigma({ a: { x: -1, y: 0 }, b: { x: 2, y: 0 } });
    frameNodes(wide.sigma, ["a", "b"]);
    expect(wide.moves[0]!.ratio).toBe(1);
  });

  it("does nothing without a node to frame", () => {
    const { sigma, moves } = fakeSigma({});
    frameNodes(sigma, ["x"]);
    expect(moves).toEqual([]);
  });
});

describe("frame requests", () => {
  it("reach the one listener until it stops listening", () => {
    const heard: string[][] = [];
    const stop = onFrameRequest((ids) => heard.push(ids));
    requestFrame(["a"]);
    stop();
    requestFrame(["b"]);
    expect(heard).toEqual([["a"]]);
  });
});
