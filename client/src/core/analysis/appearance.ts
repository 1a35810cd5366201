/**
 * How the chosen keys style the actors shown: a size and a colour per actor, and the legend that
 * says what they mean. Pure: the same actors, values and keys give the same appearance. Works on
 * any set of actor ids, so every view (filters, ego networks, projections) styles the same way.
 */
import type { MetricName } from "@atlas/analysis";
import { actorTypeColour } from "@atlas/model";
import type { NodeAttributes } from "../atlasGraph.ts";
import { CATEGORY_COLOURS, getViridis, OTHER_COLOUR, VIRIDIS } from "./colourScales.ts";
import { getPropertyValue, isContinuousKey, isMetricKey, STYLE_LABELS, type StyleKey } from "./styleKeys.ts";

export interface NodeStyle {
  size?: number;
  color?: string;
}

export interface CategoryItem {
  label: string;
  color: string;
  count: number;
}

export type ColourLegend =
  | { kind: "categories"; title: string; items: CategoryItem[] }
  | { kind: "ramp"; title: string; min: number; max: number; stops: readonly string[] };

export interface SizeLegend {
  title: string;
  min: number;
  max: number;
  minSize: number;
  maxSize: number;
}

export interface Appearance {
  /** Only the actors the keys style; the others keep their own size and colour. */
  styles: Map<string, NodeStyle>;
  colour: ColourLegend | null;
  size: SizeLegend | null;
}

export interface AppearanceInput {
  ids: readonly string[];
  attributesOf: (id: string) => NodeAttributes;
  /** undefined where the metric is not (yet) computed for the actor. */
  metricOf: (metric: MetricName, id: string) => number | undefined;
  sizeBy: MetricName | null;
  colourBy: StyleKey;
}

export const SIZE_RANGE = { min: 2.5, max: 16 } as const;
/** Categories past the palette's length are drawn as one "other". */
export const OTHER_LABEL = "other";

export const toCommunityLabel = (value: number) => `Community ${value}`;

/** The actors with a value, and the smallest and largest value. */
function getRange(ids: readonly string[], valueOf: (id: string) => number | undefined) {
  const values = new Map<string, number>();
  let [min, max] = [Infinity, -Infinity];
  for (const id of ids) {
    const value = valueOf(id);
    if (value === undefined || !Number.isFinite(value)) continue;
    values.set(id, value);
    [min, max] = [Math.min(min, value), Math.max(max, value)];
  }
  return { values, min, max };
}

/** Where every actor has the same value, all sit in the middle of the scale. */
const toUnit = (value: number, min: number, max: number) => (max > min ? (value - min) / (max - min) : 0.5);

function assignSizes(input: AppearanceInput, metric: MetricName, styles: Map<string, NodeStyle>): SizeLegend | null {
  const { values, min, max } = getRange(input.ids, (id) => input.metricOf(metric, id));
  if (values.size === 0) return null;
  // Area, not radius, grows with the value: sqrt keeps hubs from swamping the view.
  const toSize = (value: number) =>
    SIZE_RANGE.min + (SIZE_RANGE.max - SIZE_RANGE.min) * Math.sqrt(toUnit(value, min, max));
  for (const [id, value] of values) styles.set(id, { ...styles.get(id), size: toSize(value) });
  return { title: STYLE_LABELS[metric], min, max, minSize: toSize(min), maxSize: toSize(max) };
}

function assignRamp(input: AppearanceInput, metric: MetricName, styles: Map<string, NodeStyle>): ColourLegend | null {
  const { values, min, max } = getRange(input.ids, (id) => input.metricOf(metric, id));
  if (values.size === 0) return null;
  for (const [id, value] of values) styles.set(id, { ...styles.get(id), color: getViridis(toUnit(value, min, max)) });
  return { kind: "ramp", title: STYLE_LABELS[metric], min, max, stops: VIRIDIS };
}

function getCategory(input: AppearanceInput, id: string): string | undefined {
  const key = input.colourBy;
  if (!isMetricKey(key)) return getPropertyValue(key, input.attributesOf(id));
  const value = input.metricOf(key, id);
  return value === undefined ? undefined : toCommunityLabel(value);
}

function assignCategories(input: AppearanceInput, styles: Map<string, NodeStyle>): ColourLegend | null {
  const categories = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const id of input.ids) {
    const category = getCategory(input, id);
    if (category === undefined) continue;
    categories.set(id, category);
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  if (categories.size === 0) return null;
  const ranked = [...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
  const byType = input.colourBy === "type";
  const named = byType ? ranked : ranked.slice(0, CATEGORY_COLOURS.length);
  const colours = new Map(named.map(([label], i) => [label, byType ? actorTypeColour(label) : CATEGORY_COLOURS[i]!]));
  for (const [id, category] of categories)
    styles.set(id, { ...styles.get(id), color: colours.get(category) ?? OTHER_COLOUR });
  const items = named.map(([label, count]) => ({ label, color: colours.get(label)!, count }));
  const rest = ranked.slice(named.length);
  if (rest.length > 0)
    items.push({
      label: `${OTHER_LABEL} (${rest.length} more)`,
      color: OTHER_COLOUR,
      count: rest.reduce((sum, [, count]) => sum + count, 0),
    });
  return { kind: "categories", title: STYLE_LABELS[input.colourBy], items };
}

export function getAppearance(input: AppearanceInput): Appearance {
  const styles = new Map<string, NodeStyle>();
  const size = input.sizeBy === null ? null : assignSizes(input, input.sizeBy, styles);
  const colour =
    isMetricKey(input.colourBy) && isContinuousKey(input.colourBy)
      ? assignRamp(input, input.colourBy, styles)
      : assignCategories(input, styles);
  return { styles, colour, size };
}
