/** How the graph is shown: filters, hover, layout and camera; none of it is an undoable step. */
import { NO_FILTERS } from "../filters.ts";
import type { SliceCreator, ViewSlice } from "./types.ts";

export const createViewSlice: SliceCreator<ViewSlice> = (set) => ({
  filters: NO_FILTERS,
  hovered: null,
  layout: "force",
  layoutRunning: false,
  camera: null,
  hover: (id) => set({ hovered: id }),
  setFilters: (change) => set((s) => ({ filters: { ...s.filters, ...change } })),
  resetFilters: () => set({ filters: NO_FILTERS }),
  setLayout: (mode) => set({ layout: mode }),
  setLayoutRunning: (running) => set({ layoutRunning: running }),
  setCamera: (camera) => set({ camera }),
});
