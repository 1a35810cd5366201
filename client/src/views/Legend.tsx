import { ACTOR_TYPE_COLOURS } from "@atlas/model";

export function Legend({ counts }: { counts: Map<string, [number, number]> }) {
  return (
    <ul className="legend" aria-label="Actor types" data-testid="legend">
      {Object.entries(ACTOR_TYPE_COLOURS).map(([type, colour]) => (
        <li key={type}>
          <span className="swatch" style={{ background: colour }} aria-hidden="true" />
          {type} <span className="count">{counts.get(type)?.[0] ?? 0}</span>
        </li>
      ))}
    </ul>
  );
}
