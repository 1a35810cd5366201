import { describe, expect, it } from "vitest";
import type { Checked } from "./checkRecord.ts";
import { forEachFromWire, WireWriter } from "./checkedWire.ts";

const relationship = (line: number, out?: string): Checked => ({
  kind: "relationship",
  file: "d.jsonl",
  line,
  id: `SUPPORTS:a:b${line}`,
  type: "SUPPORTS",
  from: "a",
  to: `b${line}`,
  sources: ["s.txt", "t.txt"],
  problems: out === undefined ? ["ends on itself"] : [],
  ...(out !== undefined && { out }),
});

const rows: Checked[] = [
  { kind: "source", file: "d.jsonl", line: 1, id: "s.txt", out: "source line\n" },
  { kind: "issue", issue: { file: "d.jsonl", line: 2, reason: "not valid JSON" } },
  { kind: "actor", file: "d.jsonl", line: 3, id: "a", sources: ["s.txt"], problems: [], out: "actor line\n" },
  relationship(4, "relationship line\n"),
  relationship(5),
  relationship(6, "another\n"),
];

describe("checked rows between threads", () => {
  it("arrive as they left, lines moved on by the block's place, repeated strings sent once", () => {
    const writer = new WireWriter();
    for (const row of rows) writer.add(row);
    expect(writer.wire.shared).toEqual(["s.txt", "SUPPORTS", "t.txt", "ends on itself"]);
    const taken: Checked[] = [];
    forEachFromWire(structuredClone(writer.wire), "d.jsonl", 10, (row) => taken.push(row));
    const moved = (row: Checked) =>
      row.kind === "issue"
        ? { ...row, issue: { ...row.issue, line: row.issue.line! + 10 } }
        : { ...row, line: row.line + 10 };
    expect(taken).toEqual(rows.map(moved));
  });
});
