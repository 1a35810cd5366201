import { describe, expect, it } from "vitest";
import { assignLabelRoom, type LabelBox } from "./labelRoom.ts";

const box = (id: string, x: number, y: number, fixed = false): LabelBox => ({ id, x, y, size: 5, width: 120, fixed });
const overlapping = (a: LabelBox, b: LabelBox) =>
  a.x - a.size < b.x + b.size + b.width && b.x - b.size < a.x + a.size + a.width && Math.abs(a.y - b.y) < 18;

describe("assignLabelRoom", () => {
  it("separates labels on one line and leaves boxes apart alone", () => {
    const boxes = [box("a", 0, 0), box("b", 40, 3), box("c", 400, 0)];
    expect(assignLabelRoom(boxes)).toBe(true);
    expect(overlapping(boxes[0]!, boxes[1]!)).toBe(false);
    expect(boxes[2]).toEqual(box("c", 400, 0));
    expect(boxes[0]!.y).toBeLessThan(boxes[1]!.y);
  });

  it("moves only the unpinned one of a pair", () => {
    const boxes = [box("a", 0, 0, true), box("b", 10, 0)];
    assignLabelRoom(boxes);
    expect(boxes[0]).toEqual(box("a", 0, 0, true));
    expect(overlapping(boxes[0]!, boxes[1]!)).toBe(false);
  });

  it("untangles a stack of many labels the same way every time", () => {
    const make = () => Array.from({ length: 12 }, (_, i) => box(`n${i}`, (i * 7) % 30, (i * 5) % 11));
    const [first, second] = [make(), make()];
    expect(assignLabelRoom(first)).toBe(true);
    assignLabelRoom(second);
    expect(second).toEqual(first);
    for (const a of first) for (const b of first) if (a !== b) expect(overlapping(a, b)).toBe(false);
  });
});
