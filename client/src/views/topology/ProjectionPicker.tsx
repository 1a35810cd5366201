/**
 * The projection view's controls ("who is tied through what"): the actor type to project, the
 * intermediary types and the fewest shared intermediaries; while it shows, what it is and the way
 * back to the network. The relationship types the filters allow are those that count.
 */
import { ACTOR_TYPES, actorTypeColour } from "@atlas/model";
import { useState } from "react";
import { useExplorer } from "../../core/store.ts";
import "./topology.css";

const DEFAULT_TYPE = "City";
const DEFAULT_VIA = ["CityNetwork", "Project"];

export function ProjectionPicker() {
  const projection = useExplorer((s) => s.projection);
  const truncated = useExplorer((s) => s.projectionTruncated);
  const linkCount = useExplorer((s) => (s.projection ? s.graph.size : 0));
  const { showProjection, showNetwork } = useExplorer.getState();
  const [open, setOpen] = useState(false);
  const [type, setType] = useState(projection?.type ?? DEFAULT_TYPE);
  const [via, setVia] = useState<string[]>(projection?.via ?? DEFAULT_VIA);
  const [minShared, setMinShared] = useState(projection?.minShared ?? 1);
  const choices = ACTOR_TYPES.filter((t) => t !== type);
  const chosenVia = via.filter((v) => v !== type);

  const show = () => {
    const relationshipTypes = projection ? projection.relationshipTypes : useExplorer.getState().filters.relTypes;
    setOpen(false);
    void showProjection({ type, via: chosenVia, minShared, relationshipTypes });
  };

  return (
    <div className="projection-picker group" role="group" aria-label="Projection">
      {projection && (
        <span className="projection-summary" data-testid="projection-summary">
          {projection.type} tied through {projection.via.join(", ")}
          {projection.minShared > 1 ? ` (${projection.minShared}+ shared)` : ""}: {linkCount} links
          {truncated ? " (the heaviest only)" : ""}
        </span>
      )}
      <button
        type="button"
        aria-expanded={open}
        onClick={() => {
          // The form starts from the projection shown (which a shared URL may have set).
          if (!open && projection) {
            setType(projection.type);
            setVia(projection.via);
            setMinShared(projection.minShared);
          }
          setOpen(!open);
        }}
        data-testid="projection-open"
        title="A network of one actor type, linked by the actors of other types they share"
      >
        {projection ? "Change projection" : "Projection…"}
      </button>
      {projection && (
        <button type="button" onClick={showNetwork} data-testid="projection-leave">
          Back to the network
        </button>
      )}
      {open && (
        <form
          className="projection-form"
          data-testid="projection-form"
          onSubmit={(e) => {
            e.preventDefault();
            show();
          }}
        >
          <label>
            Link actors of type{" "}
            <select value={type} onChange={(e) => setType(e.target.value)} data-testid="projection-type">
              {ACTOR_TYPES.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>through the actors they share of type</legend>
            {choices.map((t) => (
              <label key={t}>
                <input
                  type="checkbox"
                  value={t}
                  checked={chosenVia.includes(t)}
                  data-testid="projection-via"
                  onChange={(e) => setVia(e.target.checked ? [...chosenVia, t] : chosenVia.filter((v) => v !== t))}
                />
                <span className="swatch" style={{ background: actorTypeColour(t) }} aria-hidden="true" />
                {t}
              </label>
            ))}
          </fieldset>
          <label>
            sharing at least{" "}
            <input
              type="number"
              className="topology-count"
              min={1}
              max={1000}
              value={minShared}
              data-testid="projection-min-shared"
              onChange={(e) => setMinShared(Math.max(1, Math.floor(Number(e.target.value)) || 1))}
            />
          </label>
          <p className="hint">Link width: the number of actors shared. The relationship filter chooses what counts.</p>
          <button type="submit" disabled={chosenVia.length === 0} data-testid="projection-show">
            Show the projection
          </button>
        </form>
      )}
    </div>
  );
}
