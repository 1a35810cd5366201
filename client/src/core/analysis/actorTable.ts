/**
 * The data table of the actors shown: one row per actor, its properties and every metric as
 * columns (metric columns named as @atlas/analysis names them, so a CSV reads like an export's
 * nodes.csv). Sorting, filtering and the CSV are the console table's (../resultTable.ts).
 */
import { METRIC_NAMES, type MetricName } from "@atlas/analysis";
import { LIST_SEPARATOR } from "@atlas/model";
import type { NodeAttributes } from "../atlasGraph.ts";
import { STYLE_LABELS } from "./styleKeys.ts";

/** Name, type and country first, then the metrics: what a reader compares, in sight without scrolling. */
export const ACTOR_COLUMNS: readonly string[] = [
  "name",
  "type",
  "country",
  ...METRIC_NAMES,
  "subtype",
  "role",
  "documents",
  "id",
];
const ID_COLUMN = ACTOR_COLUMNS.indexOf("id");

/** Headers as people read them; the CSV keeps the column names above. */
export const COLUMN_LABELS: Record<string, string> = {
  id: "Id",
  name: "Name",
  role: "Role",
  documents: "Documents",
  ...STYLE_LABELS,
};

/** Each actor's row, its cells in the columns' order. */
export function getActorRows(
  ids: readonly string[],
  attributesOf: (id: string) => NodeAttributes,
  metricOf: (metric: MetricName, id: string) => number | undefined,
): unknown[][] {
  return ids.map((id) => {
    const a = attributesOf(id);
    return [
      a.label,
      a.actorType,
      a.country,
      ...METRIC_NAMES.map((metric) => metricOf(metric, id) ?? null),
      a.subtype,
      a.role,
      a.sources.join(LIST_SEPARATOR),
      id,
    ];
  });
}

export const getRowId = (row: unknown[]) => row[ID_COLUMN] as string;

/** Counts as integers, scores to four significant digits (the CSV keeps every digit). */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "number") return String(value);
  return Number.isInteger(value) ? String(value) : Number(value.toPrecision(4)).toString();
}
