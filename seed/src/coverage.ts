/**
 * Coverage per document: how many actor and relationship records each document folder holds, by
 * type, now and before the second data pass (seed/data/coverage-before.json, counted at commit
 * 95eff2a). Counts are of records, not merged nodes: an actor two documents mention counts in both.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { RawDataset } from "./readDataset.ts";

const countsSchema = z.record(z.string(), z.number().int().nonnegative());
const documentCoverageSchema = z.strictObject({ actors: countsSchema, relationships: countsSchema });
export const coverageFileSchema = z.strictObject({
  note: z.string(),
  commit: z.string(),
  documents: z.record(z.string(), documentCoverageSchema),
});

export type DocumentCoverage = z.infer<typeof documentCoverageSchema>;
export type Coverage = Record<string, DocumentCoverage>;

export function countCoverage(raw: RawDataset): Coverage {
  const coverage: Coverage = {};
  const of = (document: string) => (coverage[document] ??= { actors: {}, relationships: {} });
  for (const { document, record } of raw.actors) increment(of(document).actors, record.type);
  for (const { document, record } of raw.relationships) increment(of(document).relationships, record.type);
  return coverage;
}

export function readCoverageFile(file: string): z.infer<typeof coverageFileSchema> {
  const parsed = coverageFileSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`coverage: ${file} is malformed: ${parsed.error.message}`);
  return parsed.data;
}

/** The report's coverage section: one table per document, a row per type present before or after. */
export function coverageSection(before: Coverage, after: Coverage, beforeCommit: string): string[] {
  const lines = [
    "## Coverage: this pass against the first",
    "",
    `Records per document folder, by type: before = commit ${beforeCommit}, after = now.`,
    "",
  ];
  const documents = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  for (const document of documents) {
    const was = before[document] ?? { actors: {}, relationships: {} };
    const now = after[document] ?? { actors: {}, relationships: {} };
    lines.push(`### ${document}`, "", "| records | type | before | after | change |", "|---|---|---:|---:|---:|");
    for (const kind of ["actors", "relationships"] as const) {
      const types = [...new Set([...Object.keys(was[kind]), ...Object.keys(now[kind])])].sort();
      for (const type of types) lines.push(row(kind, type, was[kind][type] ?? 0, now[kind][type] ?? 0));
      lines.push(row(kind, "**all**", sum(was[kind]), sum(now[kind])));
    }
    lines.push("");
  }
  return lines;
}

function row(kind: string, type: string, before: number, after: number): string {
  const change = after - before;
  return `| ${kind} | ${type} | ${before} | ${after} | ${change > 0 ? `+${change}` : change} |`;
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((total, n) => total + n, 0);
}
