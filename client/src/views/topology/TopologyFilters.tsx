/**
 * The topological filters: ego network around the selection, k-core, largest component and
 * isolates. They narrow what the other filters show; each change is one undo step.
 */
import { useExplorer } from "../../core/store.ts";
import "./topology.css";
import { MAX_EGO_STEPS } from "../../core/topology/topology.ts";

const DEFAULT_EGO = 1;
const DEFAULT_CORE = 2;

function Count({
  value,
  min,
  max,
  label,
  testId,
  onChange,
}: {
  value: number;
  min: number;
  max: number;
  label: string;
  testId: string;
  onChange: (value: number) => void;
}) {
  return (
    <input
      type="number"
      className="topology-count"
      min={min}
      max={max}
      value={value}
      aria-label={label}
      data-testid={testId}
      onChange={(e) => {
        const next = Number(e.target.value);
        if (Number.isInteger(next) && next >= min && next <= max) onChange(next);
      }}
    />
  );
}

export function TopologyFilters() {
  const topology = useExplorer((s) => s.topology);
  const hasSelection = useExplorer((s) => s.selected !== null || s.alsoSelected.length > 0);
  const setTopology = useExplorer((s) => s.setTopology);
  return (
    <fieldset className="facet topology" data-testid="filter-topology">
      <legend>Network shape</legend>
      <label>
        <input
          type="checkbox"
          checked={topology.ego !== null}
          data-testid="topology-ego"
          onChange={(e) => setTopology({ ego: e.target.checked ? DEFAULT_EGO : null })}
        />
        <span className="label-text">
          Within{" "}
          <Count
            value={topology.ego ?? DEFAULT_EGO}
            min={0}
            max={MAX_EGO_STEPS}
            label="Steps around the selection"
            testId="topology-ego-steps"
            onChange={(ego) => setTopology({ ego })}
          />{" "}
          steps of the selection
        </span>
      </label>
      {topology.ego !== null && !hasSelection && (
        <p className="hint" data-testid="topology-ego-hint">
          Select an actor (shift-click adds more) to show its network.
        </p>
      )}
      <label>
        <input
          type="checkbox"
          checked={topology.core !== null}
          data-testid="topology-core"
          onChange={(e) => setTopology({ core: e.target.checked ? DEFAULT_CORE : null })}
        />
        <span className="label-text">
          <Count
            value={topology.core ?? DEFAULT_CORE}
            min={1}
            max={1000}
            label="k of the k-core"
            testId="topology-core-k"
            onChange={(core) => setTopology({ core })}
          />
          -core: actors with at least that many neighbours all in it
        </span>
      </label>
      <label>
        <input
          type="checkbox"
          checked={topology.largest}
          data-testid="topology-largest"
          onChange={(e) => setTopology({ largest: e.target.checked })}
        />
        <span className="label-text">Largest connected component only</span>
      </label>
      <label>
        <input
          type="checkbox"
          checked={topology.hideIsolates}
          data-testid="topology-isolates"
          onChange={(e) => setTopology({ hideIsolates: e.target.checked })}
        />
        <span className="label-text">Hide actors left without relationships</span>
      </label>
    </fieldset>
  );
}
