/**
 * The rows of an import read as a stream, one at a time, from any of its forms: a JSON file
 * ({sources?, actors, relationships}), a JSONL file (one record a line: `{"source": {...}}`,
 * `{"actor": {...}}` or `{"relationship": {...}}`), or the CSV pair (with sources as JSON). Rows
 * name their file and line as the in-memory import does (`file.json#actors` and the position in
 * the array for JSON); a line that cannot be read becomes an issue, and reading goes on.
 */
import type { DatasetIssue } from "@atlas/model";
import { parse } from "csv-parse";
import { createReadStream } from "node:fs";
import path from "node:path";
import { actorFromCsv, relationshipFromCsv, type Row } from "../curation/importFiles.ts";
import { scanJsonArrays } from "./scanJsonArrays.ts";

export type RowKind = "source" | "actor" | "relationship";
export interface StreamRow extends Row {
  kind: RowKind;
}

export interface StreamInput {
  json?: string;
  jsonl?: string;
  actorsCsv?: string;
  relationshipsCsv?: string;
  /** A JSON array of sources, beside the CSV pair. */
  sourcesJson?: string;
}

/** Where problems go: an array, or the validator that counts them. */
export interface IssueSink {
  push(issue: DatasetIssue): unknown;
}

const KIND_OF_KEY: Record<string, RowKind> = { sources: "source", actors: "actor", relationships: "relationship" };

/** Sources first, then actors, then relationships, so references mostly point backwards. */
export async function* readImportStream(input: StreamInput, issues: IssueSink): AsyncGenerator<StreamRow> {
  if (input.sourcesJson) yield* jsonRows(input.sourcesJson, issues, "sources");
  if (input.json) yield* jsonRows(input.json, issues);
  if (input.jsonl) yield* jsonlRows(input.jsonl, issues);
  if (input.actorsCsv) yield* csvRows(input.actorsCsv, "actor", actorFromCsv, issues);
  if (input.relationshipsCsv) yield* csvRows(input.relationshipsCsv, "relationship", relationshipFromCsv, issues);
}

/** The file's text in chunks; bytes that are not UTF-8 stop the read with the file's name. */
export async function* readTextChunks(file: string): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
      yield decoder.decode(chunk as Buffer, { stream: true });
    }
    yield decoder.decode();
  } catch (error) {
    throw cannotRead(file, error);
  }
}

export const cannotRead = (file: string, error: unknown) =>
  new Error(`import: cannot read ${file} as UTF-8 text: ${(error as Error).message}`, { cause: error });

async function* jsonRows(file: string, issues: IssueSink, bareArrayOf?: string): AsyncGenerator<StreamRow> {
  const name = path.basename(file);
  // A bare array (sources beside CSV) reads as the one array of an object.
  const chunks = bareArrayOf ? wrapped(`{"${bareArrayOf}":`, readTextChunks(file), "}") : readTextChunks(file);
  for await (const { key, index, text } of scanJsonArrays(chunks, name)) {
    const row = { kind: KIND_OF_KEY[key]!, file: `${name}#${key}`, line: index };
    try {
      yield { ...row, value: JSON.parse(text) as unknown };
    } catch (error) {
      issues.push({ file: row.file, line: index, reason: `not valid JSON: ${(error as Error).message}` });
    }
  }
}

async function* wrapped(before: string, chunks: AsyncIterable<string>, after: string): AsyncGenerator<string> {
  yield before;
  yield* chunks;
  yield after;
}

async function* jsonlRows(file: string, issues: IssueSink): AsyncGenerator<StreamRow> {
  const name = path.basename(file);
  let first = 1;
  let rest = "";
  for await (const chunk of readTextChunks(file)) {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop()!;
    yield* jsonlLineRows(lines, first, name, issues);
    first += lines.length;
  }
  yield* jsonlLineRows([rest], first, name, issues);
}

/** The rows of consecutive lines, the first numbered `first`; the lines that cannot be read become issues. */
export function* jsonlLineRows(lines: string[], first: number, file: string, issues: IssueSink): Generator<StreamRow> {
  for (let i = 0; i < lines.length; i++) {
    const row = toJsonlRow(lines[i]!, file, first + i, issues);
    if (row) yield row;
  }
}

/** One JSONL line as a row; undefined for a blank line, or for one that cannot be read (an issue). */
function toJsonlRow(text: string, file: string, line: number, issues: IssueSink): StreamRow | undefined {
  if (text.trim() === "") return undefined;
  // No closure for the issue: it would cost one per line, and few lines fail.
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return void issues.push({ file, line, reason: `not valid JSON: ${(error as Error).message}` });
  }
  const keys = value && typeof value === "object" && !Array.isArray(value) ? Object.keys(value) : [];
  const kind = keys[0] as RowKind;
  if (keys.length !== 1 || !["source", "actor", "relationship"].includes(kind)) {
    const reason = 'must be one object with one key, "source", "actor" or "relationship", holding the record';
    return void issues.push({ file, line, reason });
  }
  return { kind, file, line, value: (value as Record<string, unknown>)[kind] };
}

async function* csvRows(
  file: string,
  kind: RowKind,
  toRecord: (row: Record<string, string>) => unknown,
  issues: IssueSink,
): AsyncGenerator<StreamRow> {
  const name = path.basename(file);
  const parser = parse({ columns: true, skip_empty_lines: true, bom: true, info: true, trim: true });
  let unreadable: Error | undefined;
  const feeding = (async () => {
    for await (const chunk of readTextChunks(file)) if (!parser.write(chunk)) await once(parser, "drain");
    parser.end();
  })().catch((error: Error) => parser.destroy((unreadable = error)));
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      // csv-parse tells the line a record ends on, counting \r and \n each; a record starts as many
      // breaks earlier as it holds.
      const breaks = Object.values(record).reduce((n, value) => n + (value.match(/[\r\n]/g)?.length ?? 0), 0);
      yield { kind, file: name, line: info.lines - breaks, value: toRecord(record) };
    }
    await feeding;
  } catch (error) {
    if (unreadable) throw unreadable;
    issues.push({ file: name, reason: `not valid CSV: ${(error as Error).message}` });
  }
}

function once(emitter: NodeJS.EventEmitter, event: string): Promise<void> {
  return new Promise((resolve) => emitter.once(event, () => resolve()));
}
