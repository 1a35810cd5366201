/**
 * Users' own data: JSON ({sources?, actors, relationships}) or two CSV files (actors and
 * relationships), validated in full before anything is written. Every bad row is reported with
 * its file, line and reason; references may point into the import or at actors already stored.
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
import { parseCsvRows } from "./parseCsvRows.ts";

export interface ImportInput {
  json?: { name: string; text: string };
  actorsCsv?: { name: string; text: string };
  relationshipsCsv?: { name: string; text: string };
}

/** What is already stored, asked one id at a time (the caller fetches only the ids it needs). */
export interface Existing {
  actorIds: { has(id: string): boolean };
  sourceIds: { has(id: string): boolean };
}

interface Row {
  file: string;
  line: number;
  value: unknown;
}

const LIST = /\s*\|\s*/;
const SUBJECT = "import: the data";
const unknownSource = (source: string) => `unknown source "${source}": add it to sources or use a stored one`;

function csvRows(
  file: { name: string; text: string },
  toRecord: (row: Record<string, string>) => unknown,
  issues: DatasetIssue[],
): Row[] {
  try {
    return parseCsvRows(file.text).map(({ record, line }) => ({ file: file.name, line, value: toRecord(record) }));
  } catch (error) {
    issues.push({ file: file.name, reason: `not valid CSV: ${(error as Error).message}` });
    return [];
  }
}

const optional = (value: string | undefined) => (value === undefined || value === "" ? undefined : value);
const optionalInt = (value: string | undefined) =>
  value === undefined || value === "" ? undefined : /^-?\d+$/.test(value) ? Number(value) : value;

function actorFromCsv(row: Record<string, string>) {
  const unknown = Object.keys(row).filter(
    (k) =>
      !["id", "type", "name", "aliases", "subtype", "country", "role", "description", "source", "quote"].includes(k),
  );
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    aliases: row.aliases ? row.aliases.split(LIST).filter(Boolean) : [],
    subtype: optional(row.subtype),
    country: optional(row.country),
    role: optional(row.role),
    description: optional(row.description),
    evidence: row.source || row.quote ? [{ source: row.source, quote: row.quote }] : [],
    ...Object.fromEntries(unknown.map((k) => [k, row[k]])),
  };
}

function relationshipFromCsv(row: Record<string, string>) {
  const unknown = Object.keys(row).filter(
    (k) => !["type", "from", "to", "year", "until", "status", "office", "purpose", "source", "quote"].includes(k),
  );
  return {
    type: row.type,
    from: row.from,
    to: row.to,
    year: optionalInt(row.year),
    until: optionalInt(row.until),
    status: optional(row.status),
    office: optional(row.office),
    purpose: optional(row.purpose),
    evidence: row.source || row.quote ? [{ source: row.source, quote: row.quote }] : [],
    ...Object.fromEntries(unknown.map((k) => [k, row[k]])),
  };
}

function strip(value: unknown): unknown {
  // CSV gives "" for empty cells; JSON may give explicit undefined-like nulls: both mean absent.
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null),
  );
}

function validate<T>(rows: Row[], schema: z.ZodType<T>, issues: DatasetIssue[]): Array<Row & { record: T }> {
  const valid: Array<Row & { record: T }> = [];
  for (const row of rows) {
    const parsed = schema.safeParse(strip(row.value));
    if (parsed.success) valid.push({ ...row, record: parsed.data });
    else {
      const v = row.value as Record<string, unknown>;
      const name =
        typeof v?.id === "string"
          ? v.id
          : typeof v?.from === "string"
            ? `${v.from} -${String(v.type)}-> ${String(v.to)}`
            : undefined;
      issues.push({
        file: row.file,
        line: row.line,
        record: name,
        reason: parsed.error.issues.map((i) => `${i.path.join(".") || "record"}: ${i.message}`).join("; "),
      });
    }
  }
  return valid;
}

export function validateImport(input: ImportInput, existing: Existing): Dataset {
  const issues: DatasetIssue[] = [];
  let sourceRows: Row[] = [];
  let actorRows: Row[] = [];
  let relationshipRows: Row[] = [];
  if (input.json) {
    let body: unknown;
    try {
      body = JSON.parse(input.json.text);
    } catch (error) {
      throw new DatasetError(
        [{ file: input.json.name, reason: `not valid JSON: ${(error as Error).message}` }],
        SUBJECT,
      );
    }
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      throw new DatasetError(
        [{ file: input.json.name, reason: "must be an object {sources?, actors, relationships}" }],
        SUBJECT,
      );
    }
    const b = body as Record<string, unknown>;
    const extra = Object.keys(b).filter((k) => !["sources", "actors", "relationships"].includes(k));
    if (extra.length) issues.push({ file: input.json.name, reason: `unknown top-level keys: ${extra.join(", ")}` });
    const list = (key: string): Row[] => {
      const value = b[key] ?? [];
      if (!Array.isArray(value)) {
        issues.push({ file: input.json!.name, reason: `${key} must be an array` });
        return [];
      }
      return value.map((v, i) => ({ file: `${input.json!.name}#${key}`, line: i + 1, value: v }));
    };
    sourceRows = list("sources");
    actorRows = list("actors");
    relationshipRows = list("relationships");
  }
  if (input.actorsCsv) actorRows.push(...csvRows(input.actorsCsv, actorFromCsv, issues));
  if (input.relationshipsCsv) relationshipRows.push(...csvRows(input.relationshipsCsv, relationshipFromCsv, issues));
  if (actorRows.length + relationshipRows.length === 0 && issues.length === 0)
    issues.push({ file: "import", reason: "nothing to import: no actors and no relationships" });

  const sources = validate(sourceRows, sourceRecordSchema, issues);
  const actors = validate(actorRows, actorRecordSchema, issues);
  const relationships = validate(relationshipRows, relationshipRecordSchema, issues);
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
  if (issues.length > 0) throw new DatasetError(issues, SUBJECT);
  return { sources: sources.map((s) => s.record), actors: [...merged.values()], relationships: [...rels.values()] };
}
