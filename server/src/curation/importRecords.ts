/**
 * Users' own data (read into rows by importFiles.ts), validated in full before anything is
 * written. Every bad row is reported with its file, line and reason; references may point into
 * the import or at actors already stored.
 */
import {
  actorRecordSchema,
  DatasetError,
  relationshipId,
  relationshipName,
  relationshipProblems,
  relationshipRecordSchema,
  sourceRecordSchema,
  toActor,
  toRelationship,
  type Actor,
  type Dataset,
  type DatasetIssue,
  type Relationship,
} from "@atlas/model";
import type { z } from "zod";
import { IMPORT_SUBJECT, readImportRows, type ImportInput, type Row } from "./importFiles.ts";

export type { ImportInput } from "./importFiles.ts";

/** What is already stored, asked one id at a time (the caller fetches only the ids it needs). */
export interface Existing {
  actorIds: { has(id: string): boolean };
  sourceIds: { has(id: string): boolean };
}

const unknownSource = (source: string) => `unknown source "${source}": add it to sources or use a stored one`;

function strip(value: unknown): unknown {
  // CSV gives "" for empty cells; JSON may give explicit undefined-like nulls: both mean absent.
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  // A loop, not Object.entries/fromEntries: this runs once per row of a ten-million-row import.
  const present: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined && v !== null) present[key] = v;
  return present;
}

function validate<T>(rows: Row[], schema: z.ZodType<T>, issues: DatasetIssue[]): Array<Row & { record: T }> {
  const valid: Array<Row & { record: T }> = [];
  for (const row of rows) {
    const checked = validateRow(row, schema);
    if ("reason" in checked) issues.push(checked);
    else valid.push({ ...row, record: checked.record });
  }
  return valid;
}

/** One row against its schema: the record, or the issue naming the row's file, line and record. */
export function validateRow<T>(row: Row, schema: z.ZodType<T>): { record: T } | DatasetIssue {
  const parsed = schema.safeParse(strip(row.value));
  if (parsed.success) return { record: parsed.data };
  const v = row.value as Record<string, unknown>;
  const name =
    typeof v?.id === "string"
      ? v.id
      : typeof v?.from === "string"
        ? `${v.from} -${String(v.type)}-> ${String(v.to)}`
        : undefined;
  return {
    file: row.file,
    line: row.line,
    record: name,
    reason: parsed.error.issues.map((i) => `${i.path.join(".") || "record"}: ${i.message}`).join("; "),
  };
}

export function validateImport(input: ImportInput, existing: Existing): Dataset {
  const issues: DatasetIssue[] = [];
  const rows = readImportRows(input, issues);
  if (rows.actors.length + rows.relationships.length === 0 && issues.length === 0)
    issues.push({ file: "import", reason: "nothing to import: no actors and no relationships" });

  const sources = validate(rows.sources, sourceRecordSchema, issues);
  const actors = validate(rows.actors, actorRecordSchema, issues);
  const relationships = validate(rows.relationships, relationshipRecordSchema, issues);
  const importedSources = new Set(sources.map((s) => s.record.id));
  const sourceIds = { has: (id: string) => importedSources.has(id) || existing.sourceIds.has(id) };

  const merged = new Map<string, Actor>();
  for (const { file, line, record } of actors) {
    if (merged.has(record.id)) {
      issues.push({ file, line, record: record.id, reason: `duplicate id "${record.id}" in the import` });
      continue;
    }
    for (const e of record.evidence)
      if (!sourceIds.has(e.source))
        issues.push({
          file,
          line,
          record: record.id,
          reason: unknownSource(e.source),
        });
    merged.set(record.id, toActor(record));
  }
  const rels = new Map<string, Relationship>();
  for (const { file, line, record } of relationships) {
    const name = relationshipName(record);
    for (const end of [record.from, record.to]) {
      if (!merged.has(end) && !existing.actorIds.has(end))
        issues.push({ file, line, record: name, reason: `"${end}" is neither in the import nor in the database` });
    }
    for (const reason of relationshipProblems(record)) issues.push({ file, line, record: name, reason });
    for (const e of record.evidence)
      if (!sourceIds.has(e.source)) issues.push({ file, line, record: name, reason: unknownSource(e.source) });
    const id = relationshipId(record);
    if (rels.has(id)) {
      issues.push({ file, line, record: name, reason: `duplicate relationship ${id} in the import` });
      continue;
    }
    rels.set(id, toRelationship(record, id));
  }
  if (issues.length > 0) throw new DatasetError(issues, IMPORT_SUBJECT);
  return { sources: sources.map((s) => s.record), actors: [...merged.values()], relationships: [...rels.values()] };
}
