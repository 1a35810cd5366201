/**
 * The year filter's growth view: a chart of actors and relationships by year and a button that
 * plays the network's growth year by year, with the shown year announced to screen readers.
 */
import { useMemo } from "react";
import { getGrowth } from "../../core/timeline/growth.ts";
import { useExplorer } from "../../core/store.ts";
import { GrowthChart } from "./GrowthChart.tsx";
import { useGrowthPlayer } from "./useGrowthPlayer.ts";
import "./timeline.css";

export function GrowthTimeline({ bounds }: { bounds: { min: number; max: number } }) {
  const graph = useExplorer((s) => s.graph);
  const graphVersion = useExplorer((s) => s.graphVersion);
  const filters = useExplorer((s) => s.filters);
  const subset = useExplorer((s) => s.subset);
  const { playing, reducedMotion, toggle } = useGrowthPlayer(bounds);
  // The chart shows the whole span under the other filters: the year range is what it explains.
  const { years, ...others } = filters;
  const points = useMemo(
    () => getGrowth(graph, { ...others, years: null }, subset, [bounds.min, bounds.max]),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- graphVersion stands for the graph's content; `others` is keyed by its parts.
    [graph, graphVersion, JSON.stringify(others), subset, bounds.min, bounds.max],
  );
  const shownYear = years ? years[1] : null;
  const point = points.find((p) => p.year === shownYear);
  return (
    <div className="growth-timeline">
      <div className="growth-controls">
        <button
          type="button"
          data-testid="growth-play"
          aria-pressed={reducedMotion ? undefined : playing}
          onClick={toggle}
        >
          {reducedMotion ? "Next year" : playing ? "Pause" : "Play growth"}
        </button>
        <output data-testid="growth-year" role="status" aria-live="polite">
          {point ? `Up to ${point.year}: ${point.actors} actors, ${point.relationships} relationships` : "All years"}
        </output>
      </div>
      <GrowthChart points={points} year={shownYear} />
    </div>
  );
}
