/**
 * Reads a dataset folder (seed/data or a fixture under seed/fixtures) into records that remember
 * where they came from, so every later error can name the file and line.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import {
  DatasetError,
  actorRecordSchema,
  placeRecordSchema,
  relationshipRecordSchema,
  sourceRecordSchema,
  type ActorRecord,
  type PlaceRecord,
  type RelationshipRecord,
  type DatasetIssue,
  type SourceRecord,
} from "@atlas/model";

export interface Located<T> {
  record: T;
  /** Path relative to the dataset folder. */
  file: string;
  line: number;
  /** The document folder the record sits in: the only source its evidence may cite. */
  document: string;
}

export interface RawDataset {
  dir: string;
  sources: SourceRecord[];
  actors: Located<ActorRecord>[];
  relationships: Located<RelationshipRecord>[];
  places: PlaceRecord[];
}

export function readDataset(dir: string): RawDataset {
  const issues: DatasetIssue[] = [];
  const dataset: RawDataset = { dir, sources: [], actors: [], relationships: [], places: [] };

  const sourcesFile = path.join(dir, "sources.json");
  if (!existsSync(sourcesFile)) throw new DatasetError([{ file: "sources.json", reason: "file is missing" }]);
  dataset.sources = parseJsonArray(sourcesFile, "sources.json", sourceRecordSchema, issues);
  const placesFile = path.join(dir, "places.json");
  if (existsSync(placesFile)) dataset.places = parseJsonArray(placesFile, "places.json", placeRecordSchema, issues);

  for (const document of readdirSync(dir).sort()) {
    const folder = path.join(dir, document);
    if (!statSync(folder).isDirectory()) continue;
    for (const name of readdirSync(folder).sort()) {
      const relative = `${document}/${name}`;
      if (/^actors(\.[\w-]+)?\.jsonl$/.test(name)) {
        dataset.actors.push(...parseJsonLines(path.join(folder, name), relative, document, actorRecordSchema, issues));
      } else if (/^relationships(\.[\w-]+)?\.jsonl$/.test(name)) {
        dataset.relationships.push(
          ...parseJsonLines(path.join(folder, name), relative, document, relationshipRecordSchema, issues),
        );
      } else {
        issues.push({
          file: relative,
          reason: "unexpected file: only actors*.jsonl and relationships*.jsonl belong here",
        });
      }
    }
  }
  if (issues.length > 0) throw new DatasetError(issues);
  return dataset;
}

function parseJsonLines<T>(
  file: string,
  relative: string,
  document: string,
  schema: z.ZodType<T>,
  issues: DatasetIssue[],
): Located<T>[] {
  const text = readUtf8(file, relative, issues);
  if (text === undefined) return [];
  const found: Located<T>[] = [];
  text.split("\n").forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      issues.push({ file: relative, line, reason: `not valid JSON: ${(error as Error).message}` });
      return;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      issues.push({ file: relative, line, record: recordName(value), reason: describeZodIssues(parsed.error) });
      return;
    }
    found.push({ record: parsed.data, file: relative, line, document });
  });
  return found;
}

function parseJsonArray<T>(file: string, relative: string, schema: z.ZodType<T>, issues: DatasetIssue[]): T[] {
  const text = readUtf8(file, relative, issues);
  if (text === undefined) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    issues.push({ file: relative, reason: `not valid JSON: ${(error as Error).message}` });
    return [];
  }
  if (!Array.isArray(value)) {
    issues.push({ file: relative, reason: "must hold a JSON array" });
    return [];
  }
  const found: T[] = [];
  value.forEach((item, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) found.push(parsed.data);
    else
      issues.push({
        file: relative,
        record: recordName(item) ?? `#${index + 1}`,
        reason: describeZodIssues(parsed.error),
      });
  });
  return found;
}

function readUtf8(file: string, relative: string, issues: DatasetIssue[]): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(file));
  } catch (error) {
    issues.push({ file: relative, reason: `cannot be read as UTF-8: ${(error as Error).message}` });
    return undefined;
  }
}

function recordName(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.id === "string") return v.id;
  if (typeof v.type === "string" && typeof v.from === "string" && typeof v.to === "string")
    return `${v.from} -${v.type}-> ${v.to}`;
  return undefined;
}

function describeZodIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join(".") + " " : ""}${issue.message}`)
    .join("; ");
}
