/**
 * The legend of the explorer's colours as an exported figure states it: categories with their
 * counts, or five points along the ramp with their values. Colour by type sends nothing: the
 * figure's own type legend (counted on what is exported) says the same.
 */
import type { FigureColourKey } from "@atlas/model";
import { formatValue } from "./actorTable.ts";
import type { ColourLegend } from "./appearance.ts";
import { getViridis } from "./colourScales.ts";
import { STYLE_LABELS } from "./styleKeys.ts";

const RAMP_POINTS = [0, 0.25, 0.5, 0.75, 1];

export function toFigureColourKey(legend: ColourLegend | null): FigureColourKey | undefined {
  if (!legend || legend.title === STYLE_LABELS.type) return undefined;
  if (legend.kind === "categories")
    return {
      title: legend.title,
      items: legend.items.map((item) => ({ label: `${item.label} (${item.count})`, color: item.color })),
    };
  return {
    title: legend.title,
    items: RAMP_POINTS.map((t) => ({
      label: formatValue(legend.min + t * (legend.max - legend.min)),
      color: getViridis(t),
    })),
  };
}
