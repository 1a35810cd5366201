/** A small chart of the network's growth: actors and relationships shown up to each year. */
import type { GrowthPoint } from "../../core/timeline/growth.ts";

const WIDTH = 230;
const HEIGHT = 140;
/** Room for the axes' numbers and titles. */
const LEFT = 42;
const BOTTOM = 36;
const TOP = 8;
const RIGHT = 8;

export const SERIES = [
  { key: "actors", label: "Actors", colour: "#1f5fa8" },
  { key: "relationships", label: "Relationships", colour: "#b3541e" },
] as const;

export function GrowthChart({ points, year }: { points: GrowthPoint[]; year: number | null }) {
  if (points.length === 0) return null;
  const first = points[0]!.year;
  const last = points.at(-1)!.year;
  const top = Math.max(1, ...points.map((p) => Math.max(p.actors, p.relationships)));
  const x = (y: number) => LEFT + ((y - first) / Math.max(1, last - first)) * (WIDTH - LEFT - RIGHT);
  const y = (count: number) => HEIGHT - BOTTOM - (count / top) * (HEIGHT - BOTTOM - TOP);
  const summary = points.map((p) => `${p.year}: ${p.actors} actors, ${p.relationships} relationships`).join("; ");
  return (
    <figure className="growth-chart" data-testid="growth-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Growth of the network by year. ${summary}`}>
        <line x1={LEFT} y1={HEIGHT - BOTTOM} x2={WIDTH - RIGHT} y2={HEIGHT - BOTTOM} className="axis" />
        <line x1={LEFT} y1={TOP} x2={LEFT} y2={HEIGHT - BOTTOM} className="axis" />
        <text x={LEFT} y={HEIGHT - BOTTOM + 13} textAnchor="start" className="tick">
          {first}
        </text>
        <text x={WIDTH - RIGHT} y={HEIGHT - BOTTOM + 13} textAnchor="end" className="tick">
          {last}
        </text>
        <text x={LEFT - 3} y={TOP + 4} textAnchor="end" className="tick">
          {top}
        </text>
        <text x={LEFT - 3} y={HEIGHT - BOTTOM} textAnchor="end" className="tick">
          0
        </text>
        <text x={(LEFT + WIDTH - RIGHT) / 2} y={HEIGHT - 4} textAnchor="middle" className="axis-title">
          Year started, else reported
        </text>
        <text
          transform={`translate(11 ${(TOP + HEIGHT - BOTTOM) / 2}) rotate(-90)`}
          textAnchor="middle"
          className="axis-title"
        >
          Shown
        </text>
        {year !== null && year >= first && year <= last && (
          <line x1={x(year)} y1={TOP} x2={x(year)} y2={HEIGHT - BOTTOM} className="current-year" />
        )}
        {SERIES.map(({ key, colour }) => (
          <polyline
            key={key}
            fill="none"
            stroke={colour}
            strokeWidth={1.8}
            points={points.map((p) => `${x(p.year)},${y(p[key])}`).join(" ")}
          />
        ))}
      </svg>
      <figcaption>
        {SERIES.map(({ key, label, colour }) => (
          <span key={key}>
            <span className="swatch line" style={{ background: colour }} aria-hidden="true" /> {label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
