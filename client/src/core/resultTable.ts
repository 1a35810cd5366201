/**
 * The console's results as a table: each cell as text (what is shown, filtered, sorted and
 * downloaded is the same text), sorting by any column, filtering by any column, and the two
 * downloads. The CSV rule (RFC 4180, formula-safe) is @atlas/model's csvText, shared with the server.
 */
import { toCsv } from "@atlas/model";

export type SortOrder = { column: number; direction: "asc" | "desc" } | null;

type Entity = { labels?: string[]; properties?: Record<string, unknown>; elementId?: string; type?: string };

/** A node as (name:Label), a relationship as [:TYPE], a path by its length, anything else as JSON. */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object") return String(value);
  const o = value as Entity & { startElementId?: string; segments?: unknown[] };
  if (o.labels && o.properties) {
    return `(${String(o.properties.name ?? o.properties.id ?? o.elementId)}:${o.labels.join(":")})`;
  }
  if (o.type && o.startElementId) return `[:${o.type}]`;
  if (o.segments) return `path of ${o.segments.length}`;
  return JSON.stringify(value);
}

/** Rows whose cell in each filtered column contains that filter's text (case-insensitive). */
export function filterRows(rows: unknown[][], filters: Record<number, string>): unknown[][] {
  const active = Object.entries(filters)
    .filter(([, text]) => text.trim() !== "")
    .map(([column, text]) => [Number(column), text.trim().toLowerCase()] as const);
  if (active.length === 0) return rows;
  return rows.filter((row) => active.every(([column, text]) => formatCell(row[column]).toLowerCase().includes(text)));
}

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** Numbers by value, everything else by its shown text; empty cells last in either direction. */
export function sortRows(rows: unknown[][], order: SortOrder): unknown[][] {
  if (!order) return rows;
  const sign = order.direction === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[order.column];
    const y = b[order.column];
    const xEmpty = x === null || x === undefined;
    const yEmpty = y === null || y === undefined;
    if (xEmpty || yEmpty) return Number(xEmpty) - Number(yEmpty);
    if (typeof x === "number" && typeof y === "number") return sign * (x - y);
    return sign * collator.compare(formatCell(x), formatCell(y));
  });
}

/** The next order when a column header is clicked: ascending, descending, then unsorted. */
export function nextSortOrder(order: SortOrder, column: number): SortOrder {
  if (order?.column !== column) return { column, direction: "asc" };
  return order.direction === "asc" ? { column, direction: "desc" } : null;
}

export function toResultCsv(columns: string[], rows: unknown[][]): string {
  return toCsv(
    columns,
    rows.map((row) =>
      row.map((cell) => (typeof cell === "number" || typeof cell === "boolean" ? cell : formatCell(cell))),
    ),
  );
}

/** The rows as the server sent them, one object per row keyed by column. */
export function toResultJson(columns: string[], rows: unknown[][]): string {
  return JSON.stringify(
    rows.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i] ?? null]))),
    null,
    2,
  );
}
