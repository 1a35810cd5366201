/**
 * The legend of what is drawn now: the actor types (the default), or the chosen colour key as
 * swatches with counts or as a ramp from its smallest to its largest value, and the size key's
 * range. It follows the styles the reducers draw, so legend and graph cannot disagree.
 */
import type { ColourLegend, SizeLegend } from "../../core/analysis/appearance.ts";
import { formatValue } from "../../core/analysis/actorTable.ts";
import { useExplorer } from "../../core/store.ts";
import { Legend } from "../Legend.tsx";

function ColourSection({ legend }: { legend: ColourLegend }) {
  if (legend.kind === "ramp")
    return (
      <div className="legend-section" data-testid="legend-ramp">
        <strong>Colour: {legend.title}</strong>
        <span
          className="legend-ramp"
          aria-hidden="true"
          style={{ background: `linear-gradient(to right, ${legend.stops.join(", ")})` }}
        />
        <span className="legend-range">
          <span data-testid="legend-min">{formatValue(legend.min)}</span>
          <span data-testid="legend-max">{formatValue(legend.max)}</span>
        </span>
      </div>
    );
  return (
    <div className="legend-section">
      <strong>Colour: {legend.title}</strong>
      <ul aria-label={legend.title} data-testid="legend-categories">
        {legend.items.map((item) => (
          <li key={item.label}>
            <span className="swatch" style={{ background: item.color }} aria-hidden="true" />
            <span className="label-text">{item.label}</span> <span className="count">{item.count}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function SizeSection({ legend }: { legend: SizeLegend }) {
  // Sigma sizes are radii in pixels at the default zoom.
  const dot = (size: number) => ({ width: 2 * size, height: 2 * size });
  return (
    <div className="legend-section" data-testid="legend-size">
      <strong>Size: {legend.title}</strong>
      <span className="legend-sizes">
        <span className="legend-dot" style={dot(legend.minSize)} aria-hidden="true" />
        <span data-testid="legend-size-min">{formatValue(legend.min)}</span>
        <span className="legend-dot" style={dot(legend.maxSize)} aria-hidden="true" />
        <span data-testid="legend-size-max">{formatValue(legend.max)}</span>
      </span>
    </div>
  );
}

export function AppearanceLegend({ counts }: { counts: Map<string, [number, number]> }) {
  const appearance = useExplorer((s) => s.appearance);
  if (!appearance || (!appearance.colour && !appearance.size)) return <Legend counts={counts} />;
  return (
    <div className="legend analysis-legend" aria-label="Legend" data-testid="legend">
      {appearance.colour ? (
        <ColourSection legend={appearance.colour} />
      ) : (
        <p className="legend-section">Colour: type</p>
      )}
      {appearance.size && <SizeSection legend={appearance.size} />}
    </div>
  );
}
