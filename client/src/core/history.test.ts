import { describe, expect, it } from "vitest";
import { emptyHistory, recordStep, redoStep, undoStep } from "./history.ts";

describe("history", () => {
  it("undoes and redoes steps in order", () => {
    let history = emptyHistory<string>();
    history = recordStep(history, "a");
    history = recordStep(history, "b");
    const undone = undoStep(history, "c")!;
    expect(undone.state).toBe("b");
    const undoneTwice = undoStep(undone.history, undone.state)!;
    expect(undoneTwice.state).toBe("a");
    const redone = redoStep(undoneTwice.history, undoneTwice.state)!;
    expect(redone.state).toBe("b");
    expect(redoStep(redone.history, redone.state)!.state).toBe("c");
  });

  it("forgets the redo branch when a new step is taken", () => {
    const history = recordStep(emptyHistory<string>(), "a");
    const undone = undoStep(history, "b")!;
    const branched = recordStep(undone.history, undone.state);
    expect(redoStep(branched, "x")).toBeNull();
  });

  it("has nothing to undo at the start", () => {
    expect(undoStep(emptyHistory<string>(), "a")).toBeNull();
  });
});
