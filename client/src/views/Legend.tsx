import { ACTOR_TYPE_COLOURS } from "@atlas/model";
import { EDGE_COLOUR, HEDGED_EDGE_COLOURS } from "../core/atlasGraph.ts";

/** How relationships are drawn by status: stated as fact, planned or proposed, or ended. */
const EDGE_KEYS: Array<[string, string]> = [
  ["actual", EDGE_COLOUR],
  ["planned or proposed", HEDGED_EDGE_COLOURS.planned!],
  ["former", HEDGED_EDGE_COLOURS.former!],
];

export function Legend({ counts }: { counts: Map<string, [number, number]> }) {
  return (
    <ul className="legend" aria-label="Actor types and relationship status" data-testid="legend">
      {Object.entries(ACTOR_TYPE_COLOURS).map(([type, colour]) => (
        <li key={type}>
          <span className="swatch" style={{ background: colour }} aria-hidden="true" />
          {type} <span className="count">{counts.get(type)?.[0] ?? 0}</span>
        </li>
      ))}
      {EDGE_KEYS.map(([label, colour]) => (
        <li key={label} data-testid="legend-status">
          <span className="swatch line" style={{ background: colour }} aria-hidden="true" />
          {label} relationship
        </li>
      ))}
    </ul>
  );
}
