import { describe, expect, it } from "vitest";
import { describeExit } from "./supervise.ts";

describe("describeExit", () => {
  it("names the signal, or the code and the last error lines, in one line", () => {
    expect(describeExit({ code: null, signal: "SIGKILL", lastErrors: [] })).toBe("on SIGKILL");
    expect(
      describeExit({
        code: 3,
        signal: null,
        lastErrors: ["Terminating due to java.lang.OutOfMemoryError: Java heap space", "  at x"],
      }),
    ).toBe("with code 3: Terminating due to java.lang.OutOfMemoryError: Java heap space | at x");
  });
});
