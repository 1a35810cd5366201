/**
 * The data table of the actors shown: one row per actor, its properties and every metric as
 * columns (metric columns named as @atlas/analysis names them, so a CSV reads like an export's
 * nodes.csv). Sorting, filtering and the CSV are the console table's (../resultTable.ts).
 */
import { METRIC_NAMES, type MetricName } from "@atlas/analysis";
import { LIST_SEPARATOR } from "@atlas/model";
import type { NodeAttributes } from "../atlasGraph.ts";
import { STYLE_LABELS } from "./styleKeys.ts";

const PROPERTY_COLUMNS = ["id", "name", "type", "subtype", "country", "role", "documents"] as const;
export const ACTOR_COLUMNS: readonly string[] = [...PROPERTY_COLUMNS, ...METRIC_NAMES];

/** Headers as people read them; the CSV keeps the column names above. */
export const COLUMN_LABELS: Record<string, string> = {
  id: "Id",
  name: "Name",
  role: "Role",
  documents: "Documents",
  ...STYLE_LABELS,
};

/** Each actor's row; an id's place in the rows is kept as the first cell. */
export function getActorRows(
  ids: readonly string[],
  attributesOf: (id: string) => NodeAttributes,
  metricOf: (metric: MetricName, id: string) => number | undefined,
): unknown[][] {
  return ids.map((id) => {
    const a = attributesOf(id);
    return [
      id,
      a.label,
      a.actorType,
      a.subtype,
      a.country,
      a.role,
      a.sources.join(LIST_SEPARATOR),
      ...METRIC_NAMES.map((metric) => metricOf(metric, id) ?? null),
    ];
  });
}

export const getRowId = (row: unknown[]) => row[0] as string;

/** Counts as integers, scores to four significant digits (the CSV keeps every digit). */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "number") return String(value);
  return Number.isInteger(value) ? String(value) : Number(value.toPrecision(4)).toString();
}
