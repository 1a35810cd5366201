/** How the graph is shown: filters, hover, layout and camera; a filter change is an undoable step. */
import { NO_FILTERS } from "../filters.ts";
import { isSameSnapshot } from "../history.ts";
import { snapshotOf, step } from "./exploration.ts";
import type { ExplorerState, SliceCreator, ViewSlice } from "./types.ts";

const isYearsOnly = (change: object) => Object.keys(change).join() === "years";

/** The last step changed the year range alone, and nothing changed since. */
function isRightAfterYearsStep(state: ExplorerState): boolean {
  const last = state.history.past.at(-1);
  if (!last || isSameSnapshot(last.filters.years, state.filters.years)) return false;
  return isSameSnapshot({ ...last, filters: { ...last.filters, years: state.filters.years } }, snapshotOf(state));
}

export const createViewSlice: SliceCreator<ViewSlice> = (set, get) => ({
  filters: NO_FILTERS,
  hovered: null,
  layout: "force",
  layoutRunning: false,
  camera: null,
  hover: (id) => set({ hovered: id }),
  setFilters(change) {
    const filters = { ...get().filters, ...change };
    // A slider drag sends a years change per tick: the ticks after the first join its step.
    if (isYearsOnly(change) && isRightAfterYearsStep(get())) set({ filters });
    else step(set, { filters });
  },
  resetFilters: () => step(set, { filters: NO_FILTERS }),
  setLayout: (mode) => set({ layout: mode }),
  setLayoutRunning: (running) => set({ layoutRunning: running }),
  setCamera: (camera) => set({ camera }),
});
