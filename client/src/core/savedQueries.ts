/**
 * The console's saved queries and history, kept in the browser (localStorage): saved queries are
 * named and kept until deleted; history keeps the last runs. Reading never throws: a damaged
 * entry is dropped. A saved query exports as a .cypher file whose header says what it is.
 */
import { z } from "zod";

export interface SavedQuery {
  name: string;
  query: string;
  /** $params as the editor's JSON text ("" for none). */
  params: string;
  savedAt: string;
}

export const SAVED_KEY = "atlas.cypher.saved";
export const HISTORY_KEY = "atlas.cypher.history";
const HISTORY_LIMIT = 30;

const savedSchema = z.object({ name: z.string(), query: z.string(), params: z.string(), savedAt: z.string() });

function read<T>(storage: Storage, key: string, item: z.ZodType<T>): T[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(key) ?? "[]");
    return Array.isArray(value) ? value.filter((v): v is T => item.safeParse(v).success) : [];
  } catch {
    return [];
  }
}

export function readSaved(storage: Storage): SavedQuery[] {
  return read(storage, SAVED_KEY, savedSchema);
}

export function readHistory(storage: Storage): string[] {
  return read(storage, HISTORY_KEY, z.string());
}

/** Saves under a name; a query saved again under the same name replaces it. */
export function saveQuery(storage: Storage, entry: Omit<SavedQuery, "savedAt">, now = new Date()): SavedQuery[] {
  const saved = { ...entry, name: entry.name.trim(), savedAt: now.toISOString() };
  const next = [saved, ...readSaved(storage).filter((s) => s.name !== saved.name)];
  storage.setItem(SAVED_KEY, JSON.stringify(next));
  return next;
}

export function deleteSaved(storage: Storage, name: string): SavedQuery[] {
  const next = readSaved(storage).filter((s) => s.name !== name);
  storage.setItem(SAVED_KEY, JSON.stringify(next));
  return next;
}

export function recordRun(storage: Storage, query: string): string[] {
  const next = [query, ...readHistory(storage).filter((h) => h !== query)].slice(0, HISTORY_LIMIT);
  storage.setItem(HISTORY_KEY, JSON.stringify(next));
  return next;
}

/** A .cypher file: a `//` header (name, date, parameters) as the project's own query files have. */
export function toCypherFile(saved: SavedQuery): string {
  const params = saved.params.trim() === "" ? "none" : saved.params.replace(/\s*\n\s*/g, " ");
  return [
    `// Title: ${saved.name.replace(/\n/g, " ")}`,
    `// Saved: ${saved.savedAt} from the Solidarity Atlas Cypher console`,
    `// Parameters: ${params}`,
    "// READ",
    saved.query.trimEnd(),
    "",
  ].join("\n");
}

/** A file name from the query's name: letters, digits and dashes. */
export function toCypherFileName(name: string): string {
  const base = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${base || "query"}.cypher`;
}
