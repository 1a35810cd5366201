import { describe, expect, it } from "vitest";
import { findErrorPosition, toOffset } from "./errorPosition.ts";

describe("findErrorPosition", () => {
  it("reads Neo4j's syntax error position", () => {
    const message = `Invalid input 'RETRN': expected 'RETURN' (line 2, column 5 (offset: 17))`;
    expect(findErrorPosition(message)).toEqual({ line: 2, column: 5 });
  });

  it("reads the console's own refusals", () => {
    expect(findErrorPosition("Refused: range() spans more than 100000 elements (line 3, column 12).")).toEqual({
      line: 3,
      column: 12,
    });
  });

  it("returns null when the message names no place", () => {
    expect(findErrorPosition("The query took longer than 5 s.")).toBeNull();
  });
});

describe("toOffset", () => {
  it("counts lines and columns from 1", () => {
    expect(toOffset("MATCH (n)\nRETRN n", { line: 2, column: 1 })).toBe(10);
  });

  it("clamps a position past the text", () => {
    expect(toOffset("ab\ncd", { line: 9, column: 9 })).toBe(5);
  });
});
