import { describe, expect, it } from "vitest";
import { filterRows, formatCell, nextSortOrder, sortRows, toResultCsv, toResultJson } from "./resultTable.ts";

const athens = { elementId: "4:1", labels: ["Actor", "City"], properties: { id: "athens", name: "Athens" } };
const rows: unknown[][] = [
  ["Bremen", 12, null],
  [athens, 3, "=1+1"],
  ["aachen", 100, "x"],
];

describe("result table", () => {
  it("shows nodes, relationships and values as text", () => {
    expect(formatCell(athens)).toBe("(Athens:Actor:City)");
    expect(formatCell({ elementId: "5:1", type: "MEMBER_OF", startElementId: "4:1" })).toBe("[:MEMBER_OF]");
    expect(formatCell([1, 2])).toBe("[1,2]");
    expect(formatCell(null)).toBe("");
  });

  it("sorts numbers by value and text by its shown form, empty cells last", () => {
    expect(sortRows(rows, { column: 1, direction: "desc" }).map((r) => r[1])).toEqual([100, 12, 3]);
    expect(sortRows(rows, { column: 0, direction: "asc" }).map((r) => formatCell(r[0]))).toEqual([
      "(Athens:Actor:City)",
      "aachen",
      "Bremen",
    ]);
    expect(sortRows(rows, { column: 2, direction: "desc" }).map((r) => r[2])).toEqual(["x", "=1+1", null]);
  });

  it("cycles a column's order: ascending, descending, none", () => {
    expect(nextSortOrder(null, 1)).toEqual({ column: 1, direction: "asc" });
    expect(nextSortOrder({ column: 1, direction: "asc" }, 1)).toEqual({ column: 1, direction: "desc" });
    expect(nextSortOrder({ column: 1, direction: "desc" }, 1)).toBeNull();
    expect(nextSortOrder({ column: 1, direction: "desc" }, 0)).toEqual({ column: 0, direction: "asc" });
  });

  it("filters by any column, case-insensitively", () => {
    expect(filterRows(rows, { 0: "ATH" })).toEqual([rows[1]]);
    expect(filterRows(rows, { 0: "a", 1: "10" })).toEqual([rows[2]]);
    expect(filterRows(rows, { 2: " " })).toBe(rows);
  });

  it("writes a formula-safe RFC 4180 CSV of the shown text", () => {
    expect(toResultCsv(["who", "n", "note"], rows)).toBe(
      "who,n,note\r\nBremen,12,\r\n(Athens:Actor:City),3,'=1+1\r\naachen,100,x\r\n",
    );
  });

  it("writes JSON rows keyed by column", () => {
    expect(JSON.parse(toResultJson(["who", "n"], [["Bremen", 12]]))).toEqual([{ who: "Bremen", n: 12 }]);
  });
});
