/**
 * Reads a console query's answer as it streams: at most maxRows rows and maxResultBytes of
 * estimated JSON. Each row is measured before any conversion, so an oversized row costs a bounded
 * walk, not a stall; a first row that alone is too large is refused, a later one cuts the answer.
 */
import type { Result } from "neo4j-driver";
import type { Plain, ResultGraph } from "@atlas/model";
import { toPlain } from "../neo4j/toPlain.ts";
import { ConsoleError } from "./ConsoleError.ts";
import { sizeWithin } from "./resultSize.ts";
import { collectGraph } from "./toResultGraph.ts";

export interface Answer {
  columns: string[];
  rows: Plain[][];
  graph: ResultGraph;
  truncated: boolean;
  notifications: string[];
}

export async function readAnswer(result: Result, maxRows: number, maxBytes: number): Promise<Answer> {
  const columns = [...(await result.keys())];
  const rows: Plain[][] = [];
  const raw: unknown[] = [];
  const notifications: string[] = [];
  let bytes = 0;
  let truncated = false;
  for await (const record of result) {
    if (rows.length === maxRows) {
      truncated = true;
      break;
    }
    const values = columns.map((column) => record.get(column));
    const size = sizeWithin(values, maxBytes - bytes);
    if (size === undefined) {
      if (rows.length === 0) throw rowTooLarge(columns, values, maxBytes);
      truncated = true;
      notifications.push(`Result cut at ${rows.length} rows: the answer reached the ${megabytes(maxBytes)} limit.`);
      break;
    }
    bytes += size;
    raw.push(...values);
    rows.push(values.map(toPlain));
  }
  if (!truncated) {
    const summary = await result.summary();
    notifications.push(...summary.notifications.map((n) => `${n.title}: ${n.description}`));
  }
  return { columns, rows, graph: collectGraph(raw), truncated, notifications };
}

/** Names the first column that alone passes the limit, so the message says what to shrink. */
function rowTooLarge(columns: string[], values: unknown[], maxBytes: number): ConsoleError {
  const column = columns.find((_, i) => sizeWithin(values[i], maxBytes) === undefined);
  const what = column === undefined ? "the first row" : `column ${column} of the first row`;
  return new ConsoleError(
    "CYPHER_RESULT_TOO_LARGE",
    `Refused: ${what} holds more than the ${megabytes(maxBytes)} a console answer may hold; ` +
      "return less (size(list), a slice such as list[0..100], fewer properties).",
  );
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toLocaleString("en-US", { maximumFractionDigits: 1 })} MB`;
}
