/**
 * Pins and the label density as URL parameters: pins=id~x~y,... (graph coordinates, two
 * decimals: the local layout reproduces the rest from the subset) and labels=0.35. A damaged
 * value is dropped, as for the rest of the URL.
 */
import type { Pins } from "./localLayout.ts";

export interface UpCloseView {
  pins: Pins;
  /** Sigma's labelDensity; null: the explorer's default. */
  labelDensity: number | null;
}

export const NO_UP_CLOSE: UpCloseView = { pins: {}, labelDensity: null };

export const LABEL_DENSITY_RANGE = { min: 0.02, max: 3 } as const;

const PIN = /^([a-z0-9-]+)~(-?\d+(?:\.\d+)?)~(-?\d+(?:\.\d+)?)$/;

export function toUpCloseParams(view: UpCloseView, set: (key: string, value: string) => void): void {
  const pins = Object.entries(view.pins).sort(([a], [b]) => a.localeCompare(b));
  if (pins.length > 0) set("pins", pins.map(([id, p]) => `${id}~${round(p.x)}~${round(p.y)}`).join(","));
  if (view.labelDensity !== null) set("labels", String(view.labelDensity));
}

export function fromUpCloseParams(params: URLSearchParams): UpCloseView {
  const pins: Record<string, { x: number; y: number }> = {};
  for (const raw of (params.get("pins") ?? "").split(",")) {
    const match = PIN.exec(raw);
    if (match) pins[match[1]!] = { x: Number(match[2]), y: Number(match[3]) };
  }
  const density = Number(params.get("labels") ?? "");
  const inRange = density >= LABEL_DENSITY_RANGE.min && density <= LABEL_DENSITY_RANGE.max;
  return { pins, labelDensity: params.has("labels") && inRange ? density : null };
}

/** What the URL keeps of a pin: the shared view pins the actor exactly there. */
export const round = (value: number) => Math.round(value * 100) / 100;
