import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { RelationshipRecord } from "@atlas/model";
import { afterAll, describe, expect, it } from "vitest";
import { checkEvidenceShape } from "./evidenceShapeCheck.ts";
import type { RawDataset } from "./readDataset.ts";

const documentsDir = mkdtempSync(path.join(tmpdir(), "evidence-shape-"));
afterAll(() => rmSync(documentsDir, { recursive: true, force: true }));
writeFileSync(
  path.join(documentsDir, "doc.txt"),
  "ACAIM / Medicos Mundi - residence for seasonal workers\n\nLeeds and Stockholm visited Milan in June.\n",
);

const located = (record: Omit<RelationshipRecord, "evidence">, quote: string, line: number) => ({
  record: { ...record, evidence: [{ source: "doc.txt", quote }] },
  file: "doc.txt/relationships.jsonl",
  line,
  document: "doc.txt",
});
const raw: RawDataset = {
  dir: "unused",
  sources: [],
  actors: [],
  places: [],
  relationships: [
    located({ type: "PARTNERS_WITH", from: "acaim", to: "medicos-mundi" }, "ACAIM / Medicos Mundi - residence", 1),
    located({ type: "VISITED", from: "leeds", to: "milan" }, "Leeds and Stockholm visited Milan", 2),
    located({ type: "WORKS_FOR", from: "x", to: "acaim" }, "ACAIM / Medicos Mundi", 3),
  ],
};

describe("checkEvidenceShape", () => {
  it("flags a table-cell quote with its file, line and relationship", () => {
    const issues = checkEvidenceShape(raw, documentsDir, []);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      file: "doc.txt/relationships.jsonl",
      line: 1,
      record: "acaim -PARTNERS_WITH-> medicos-mundi",
    });
    expect(issues[0]!.reason).toMatch(/table cell/);
  });

  it("accepts a reviewed quote (whitespace forgiven) and reports a stale exception", () => {
    const reviewed = [
      {
        source: "doc.txt",
        quote: "ACAIM / Medicos  Mundi -\nresidence",
        reason: "the only statement of the partnership",
      },
      { source: "doc.txt", quote: "gone", reason: "a quote the data no longer uses" },
    ];
    const issues = checkEvidenceShape(raw, documentsDir, reviewed);
    expect(issues.map((issue) => [issue.file, issue.record])).toEqual([["reviewed-evidence.json", "gone"]]);
  });
});
