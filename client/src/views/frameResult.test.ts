import { describe, expect, it } from "vitest";
import { onFrameRequest, requestFrame } from "./frameResult.ts";

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
