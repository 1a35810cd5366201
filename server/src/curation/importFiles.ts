/**
 * Reading an import's files into rows, before any validation: JSON ({sources?, actors,
 * relationships}) or two CSV files (actors and relationships), each row with its file and line.
 */
import { DatasetError, type DatasetIssue } from "@atlas/model";
import { parseCsvRows } from "./parseCsvRows.ts";

export interface ImportInput {
  json?: { name: string; text: string };
  actorsCsv?: { name: string; text: string };
  relationshipsCsv?: { name: string; text: string };
}

/** One record as read, not yet checked: value is whatever the file held. */
export interface Row {
  file: string;
  line: number;
  value: unknown;
}

export interface ImportRows {
  sources: Row[];
  actors: Row[];
  relationships: Row[];
}

export const IMPORT_SUBJECT = "import: the data";
const LIST = /\s*\|\s*/;

/** The rows of every file given; problems that still let the rest be read go to issues. */
export function readImportRows(input: ImportInput, issues: DatasetIssue[]): ImportRows {
  const rows: ImportRows = input.json ? jsonRows(input.json, issues) : { sources: [], actors: [], relationships: [] };
  if (input.actorsCsv) rows.actors.push(...csvRows(input.actorsCsv, actorFromCsv, issues));
  if (input.relationshipsCsv) rows.relationships.push(...csvRows(input.relationshipsCsv, relationshipFromCsv, issues));
  return rows;
}

/** Unparseable JSON, or JSON that is not an object, stops the import at once. */
function jsonRows(json: { name: string; text: string }, issues: DatasetIssue[]): ImportRows {
  let body: unknown;
  try {
    body = JSON.parse(json.text);
  } catch (error) {
    throw new DatasetError(
      [{ file: json.name, reason: `not valid JSON: ${(error as Error).message}` }],
      IMPORT_SUBJECT,
    );
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new DatasetError(
      [{ file: json.name, reason: "must be an object {sources?, actors, relationships}" }],
      IMPORT_SUBJECT,
    );
  }
  const b = body as Record<string, unknown>;
  const extra = Object.keys(b).filter((k) => !["sources", "actors", "relationships"].includes(k));
  if (extra.length) issues.push({ file: json.name, reason: `unknown top-level keys: ${extra.join(", ")}` });
  const list = (key: string): Row[] => {
    const value = b[key] ?? [];
    if (!Array.isArray(value)) {
      issues.push({ file: json.name, reason: `${key} must be an array` });
      return [];
    }
    return value.map((v, i) => ({ file: `${json.name}#${key}`, line: i + 1, value: v }));
  };
  return { sources: list("sources"), actors: list("actors"), relationships: list("relationships") };
}

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

export function actorFromCsv(row: Record<string, string>) {
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

export function relationshipFromCsv(row: Record<string, string>) {
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
