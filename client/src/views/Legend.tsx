import { TYPE_COLOURS } from "../core/palette.ts";

export function Legend({ counts }: { counts: Record<string, number> }) {
  return (
    <ul className="legend" aria-label="Actor types">
      {Object.entries(TYPE_COLOURS).map(([type, colour]) => (
        <li key={type}>
          <span className="swatch" style={{ background: colour }} aria-hidden="true" />
          {type} <span className="count">{counts[type] ?? 0}</span>
        </li>
      ))}
    </ul>
  );
}
