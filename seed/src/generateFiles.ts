/**
 * Writes generated records to the three import formats as they come, in bounded memory:
 * - json: one `{sources, actors, relationships}` object (`npm run import -- --json`);
 * - jsonl: one record a line, `{"source": {...}}`, `{"actor": {...}}` or `{"relationship": {...}}`,
 *   each value an import record (`npm run import -- --jsonl`);
 * - csv: actors.csv and relationships.csv (one evidence item a row) with sources.json beside them
 *   (`npm run import -- --actors ... --relationships ... --sources ...`).
 */
import type { ActorRecord, RelationshipRecord } from "@atlas/model";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { BufferedFile } from "./bufferedFile.ts";
import type { GeneratedRecord } from "./generateRecords.ts";

export const GENERATE_FORMATS = ["json", "jsonl", "csv"] as const;
export type GenerateFormat = (typeof GENERATE_FORMATS)[number];

/** Writes every record; returns the files written. `out` is a file (json, jsonl) or a folder (csv). */
export function writeGenerated(records: Iterable<GeneratedRecord>, format: GenerateFormat, out: string): string[] {
  if (format === "csv") return writeCsv(records, out);
  const file = new BufferedFile(out);
  if (format === "jsonl") for (const { kind, record } of records) file.write(`{"${kind}":${JSON.stringify(record)}}\n`);
  else writeJson(records, file);
  file.close();
  return [out];
}

function writeJson(records: Iterable<GeneratedRecord>, file: BufferedFile): void {
  const keys = { source: "sources", actor: "actors", relationship: "relationships" } as const;
  let open: GeneratedRecord["kind"] | undefined;
  file.write("{");
  for (const { kind, record } of records) {
    // The generator yields each kind in one run, so each key opens once.
    if (kind !== open) file.write(`${open ? "]," : ""}\n"${keys[kind]}":[\n`);
    else file.write(",\n");
    open = kind;
    file.write(JSON.stringify(record));
  }
  file.write(open ? "]}\n" : "}\n");
}

const ACTOR_COLUMNS = ["id", "type", "name", "aliases", "subtype", "country", "role", "description", "source", "quote"];
const RELATIONSHIP_COLUMNS = ["type", "from", "to", "year", "until", "status", "office", "purpose", "source", "quote"];

function writeCsv(records: Iterable<GeneratedRecord>, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const files = {
    actors: new BufferedFile(path.join(dir, "actors.csv")),
    relationships: new BufferedFile(path.join(dir, "relationships.csv")),
    sources: new BufferedFile(path.join(dir, "sources.json")),
  };
  files.actors.write(`${ACTOR_COLUMNS.join(",")}\n`);
  files.relationships.write(`${RELATIONSHIP_COLUMNS.join(",")}\n`);
  const sources: unknown[] = [];
  for (const item of records) {
    if (item.kind === "source") sources.push(item.record);
    else if (item.kind === "actor") writeRow(files.actors, ACTOR_COLUMNS, toCells(item.record));
    else writeRow(files.relationships, RELATIONSHIP_COLUMNS, toCells(item.record));
  }
  files.sources.write(JSON.stringify(sources, null, 2));
  for (const file of Object.values(files)) file.close();
  return Object.values(files).map((file) => file.file);
}

/** The CSV import lists aliases with "|" and holds one evidence item a record (as generated). */
function toCells(record: ActorRecord | RelationshipRecord): Record<string, unknown> {
  const { evidence, ...rest } = record;
  const aliases = "aliases" in rest && { aliases: rest.aliases.join(" | ") };
  return { ...rest, ...aliases, source: evidence[0]?.source, quote: evidence[0]?.quote };
}

function writeRow(file: BufferedFile, columns: string[], row: Record<string, unknown>): void {
  file.write(`${columns.map((column) => toCsvField(row[column])).join(",")}\n`);
}

export function toCsvField(value: unknown): string {
  const text = value === undefined || value === null ? "" : String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}
