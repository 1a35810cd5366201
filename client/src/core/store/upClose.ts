/**
 * The explorer up close: pins (actors placed by hand, which the local layout keeps), who owns the
 * camera (a shared URL's, until the person changes what is shown), the label density, and what
 * each expansion added so that collapse can take it out again.
 */
import { getCollapsedSubset, type Expansions } from "../upClose/collapse.ts";
import type { Pins } from "../upClose/localLayout.ts";
import { round, type UpCloseView } from "../upClose/upCloseParams.ts";
import { step } from "./exploration.ts";
import { getSelection } from "./topology.ts";
import type { SliceCreator } from "./types.ts";

export interface UpCloseSlice {
  pins: Pins;
  /** True from a shared URL with a camera until what is shown changes: the view then frames itself. */
  urlOwnsCamera: boolean;
  labelDensity: number | null;
  expansions: Expansions;
  /** From a shared URL, before the load: its pins and label density, and whether it has a camera. */
  restoreUpClose(view: UpCloseView, hasCamera: boolean): void;
  releaseCamera(): void;
  /** Pins an actor where it was dropped (rounded as the URL keeps it); returns the pinned place. */
  pin(id: string, x: number, y: number): { x: number; y: number };
  unpin(id: string): void;
  unpinAll(): void;
  setLabelDensity(density: number | null): void;
  /** Records what an expansion added to the subset, for collapse. */
  noteExpansion(id: string, added: string[]): void;
  /** Takes out of the subset what expanding `id` added and nothing else holds; one undo step. */
  collapse(id: string): void;
}

export const createUpCloseSlice: SliceCreator<UpCloseSlice> = (set, get) => ({
  pins: {},
  urlOwnsCamera: false,
  labelDensity: null,
  expansions: {},
  restoreUpClose: (view, hasCamera) =>
    set({ pins: view.pins, labelDensity: view.labelDensity, urlOwnsCamera: hasCamera, expansions: {} }),
  releaseCamera: () => set({ urlOwnsCamera: false }),
  pin(id, x, y) {
    const place = { x: round(x), y: round(y) };
    set((s) => ({ pins: { ...s.pins, [id]: place } }));
    return place;
  },
  unpin: (id) => set((s) => ({ pins: Object.fromEntries(Object.entries(s.pins).filter(([pinned]) => pinned !== id)) })),
  unpinAll: () => set({ pins: {} }),
  setLabelDensity: (labelDensity) => set({ labelDensity }),
  noteExpansion: (id, added) => set((s) => ({ expansions: { ...s.expansions, [id]: added } })),
  collapse(id) {
    const state = get();
    const { graph, subset, path, pins, expansions } = state;
    if (!graph.hasNode(id)) return;
    const current = subset ?? new Set(graph.nodes());
    const kept = new Set([...getSelection(state), ...Object.keys(pins), ...(path?.nodes ?? []), id]);
    const next = getCollapsedSubset(graph, current, id, expansions, kept);
    if (next.size === current.size) {
      set({ notice: `Collapse: nothing around ${graph.getNodeAttribute(id, "label")} is held by it alone` });
      return;
    }
    const rest = Object.fromEntries(Object.entries(expansions).filter(([expanded]) => expanded !== id));
    step(set, { subset: next });
    set({ expansions: rest });
  },
});
