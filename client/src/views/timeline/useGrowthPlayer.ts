/**
 * Plays the network's growth: one year added to the year range per step until the last year.
 * With prefers-reduced-motion nothing moves by itself: each press of the button adds one year.
 */
import { useEffect, useState } from "react";
import { getNextPlayRange } from "../../core/timeline/growth.ts";
import { useExplorer } from "../../core/store.ts";

/** Long enough to see the new actors and relationships before the next year comes. */
export const PLAY_STEP_MS = 1200;

const REDUCED_MOTION = "(prefers-reduced-motion: reduce)";

function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(() => window.matchMedia(REDUCED_MOTION).matches);
  useEffect(() => {
    const query = window.matchMedia(REDUCED_MOTION);
    const onChange = () => setReduced(query.matches);
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, []);
  return reduced;
}

export interface GrowthPlayer {
  playing: boolean;
  reducedMotion: boolean;
  /** Play or pause; under reduced motion, one year on. */
  toggle: () => void;
}

export function useGrowthPlayer(bounds: { min: number; max: number }): GrowthPlayer {
  const years = useExplorer((s) => s.filters.years);
  const [playing, setPlaying] = useState(false);
  const reducedMotion = useReducedMotion();
  const step = () => {
    const next = getNextPlayRange(useExplorer.getState().filters.years, bounds);
    if (next) useExplorer.getState().setFilters({ years: next });
    return next;
  };

  useEffect(() => {
    if (!playing) return;
    // Each step waits for the range it showed: a slider moved meanwhile is where play goes on from.
    if (years && years[1] >= bounds.max) {
      setPlaying(false);
      return;
    }
    const timer = window.setTimeout(step, PLAY_STEP_MS);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- step reads the store when it runs.
  }, [playing, years, bounds.min, bounds.max]);

  const toggle = () => {
    if (reducedMotion) {
      step();
      return;
    }
    if (playing) return setPlaying(false);
    // A range already at the last year starts again from the first year alone.
    if (!years || years[1] >= bounds.max) step();
    setPlaying(true);
  };
  return { playing, reducedMotion, toggle };
}
