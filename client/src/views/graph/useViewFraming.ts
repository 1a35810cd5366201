/**
 * Views that frame themselves. When the graph is first drawn, a shared URL's camera is applied
 * as it is and owns the view (`urlOwnsCamera`) until the person changes what is shown: the
 * subset, the filters or the topology. From then on every change of what is shown animates the
 * camera onto it, and a new subset first gets its local layout (../../core/upClose/): the
 * actors outside it go back to their places in the whole graph's layout, so every position —
 * and so sigma's normalisation, which spans all nodes — depends only on the subset and the pins,
 * and a URL's camera points at the same picture again. No timers: the order of these steps is
 * the guard.
 */
import { useEffect, useRef, type RefObject } from "react";
import { animateNodes } from "sigma/utils";
import type { AtlasGraph } from "../../core/atlasGraph.ts";
import type { Visibility } from "../../core/filters.ts";
import type { Positions } from "../../core/geoLayout.ts";
import { useExplorer } from "../../core/store.ts";
import type { ExplorerState } from "../../core/store/types.ts";
import { getLocalLayout } from "../../core/upClose/localLayout.ts";
import type { LayoutMode } from "../../core/urlState.ts";
import type { AtlasSigma } from "./createSigma.ts";
import { animateCameraTo, getCameraToFit } from "./fitCamera.ts";

export interface ViewFraming {
  /** Animates the camera onto what is shown. */
  fit(): Promise<void>;
  /** Lays the subset out again around its pins, then frames it. */
  relayout(): void;
  /** False while the store shows something the view has not laid out and framed yet. */
  isCurrent(): boolean;
}

/** A stable handle on the framing, for the controls. */
export type FramingRef = { readonly current: ViewFraming };

/** What was shown at the last framing. */
interface Seen {
  graph: AtlasGraph;
  subset: ReadonlySet<string> | null;
  shownBy: Pick<ExplorerState, "filters" | "topology">;
  shown: ReadonlySet<string>;
  layout: LayoutMode;
}

const NODE_MOVE_MS = 400;

export function useViewFraming(
  sigmaRef: RefObject<AtlasSigma | null>,
  transitions: { current: number },
  graph: AtlasGraph,
  visibility: Visibility,
  layout: LayoutMode,
): FramingRef {
  const visibilityRef = useRef(visibility);
  visibilityRef.current = visibility;
  const seen = useRef<Seen | null>(null);
  /** The whole graph's layout, kept while a subset is shown. */
  const whole = useRef<Positions | null>(null);

  /** Where every node goes for this subset; null: nowhere new (the whole graph, already there). */
  const placesFor = (subset: ReadonlySet<string> | null): Positions | null => {
    if (subset === null) {
      const back = whole.current;
      whole.current = null;
      return back;
    }
    if (!whole.current) {
      const kept: Positions = {};
      graph.forEachNode((node, a) => (kept[node] = { x: a.x, y: a.y }));
      whole.current = kept;
    }
    return { ...whole.current, ...getLocalLayout(graph, subset, useExplorer.getState().pins) };
  };

  /** Moves the nodes (animated unless `instant`), then frames what is shown. */
  const moveThenFrame = (sigma: AtlasSigma, places: Positions | null) => {
    const moving = places ? onlyMoved(graph, places) : {};
    transitions.current++;
    const frame = () => {
      sigma.refresh();
      void animateCameraTo(sigma, visibilityRef.current.nodes).finally(() => transitions.current--);
    };
    if (Object.keys(moving).length > 0) animateNodes(graph, moving, { duration: NODE_MOVE_MS }, frame);
    else frame();
  };

  const framing = useRef<ViewFraming>({
    fit: () => (sigmaRef.current ? animateCameraTo(sigmaRef.current, visibilityRef.current.nodes) : Promise.resolve()),
    relayout() {
      const sigma = sigmaRef.current;
      const { subset, layout: mode } = useExplorer.getState();
      if (!sigma || subset === null || mode !== "force") return;
      moveThenFrame(sigma, placesFor(subset));
    },
    isCurrent() {
      const { subset, filters, topology } = useExplorer.getState();
      const last = seen.current;
      return (
        last !== null &&
        last.subset === subset &&
        last.shownBy.filters === filters &&
        last.shownBy.topology === topology
      );
    },
  });

  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma) return;
    const state = useExplorer.getState();
    const previous = seen.current;
    const now: Seen = {
      graph,
      subset: state.subset,
      shownBy: { filters: state.filters, topology: state.topology },
      shown: visibility.nodes,
      layout,
    };
    seen.current = now;
    if (!previous || previous.graph !== graph) {
      // The graph is drawn: its subset laid out at once, then the URL's camera or a frame.
      if (previous) whole.current = null;
      const places = layout === "force" ? placesFor(state.subset) : null;
      if (places) graph.updateEachNodeAttributes((node, a) => ({ ...a, ...places[node] }));
      sigma.refresh();
      const camera = (state.urlOwnsCamera && state.camera) || getCameraToFit(sigma, visibility.nodes);
      if (camera) sigma.getCamera().setState(camera);
      sigma.refresh({ skipIndexation: true });
      return;
    }
    // A switch to or from the map moves the nodes itself (useLayoutTransition).
    if (layout !== previous.layout) return;
    const subsetChanged = now.subset !== previous.subset;
    const personChanged =
      subsetChanged ||
      now.shownBy.filters !== previous.shownBy.filters ||
      now.shownBy.topology !== previous.shownBy.topology;
    if (state.urlOwnsCamera) {
      // What a shared view loads after its first frame (revealed actors, a path) keeps its camera.
      if (!personChanged) return;
      state.releaseCamera();
    }
    if (!subsetChanged && sameMembers(now.shown, previous.shown)) return;
    moveThenFrame(sigma, subsetChanged && layout === "force" ? placesFor(now.subset) : null);
    // The helpers above read refs only: the effect runs when what is shown changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visibility, layout, graph, sigmaRef]);

  return framing;
}

function onlyMoved(graph: AtlasGraph, places: Positions): Positions {
  const moved: Positions = {};
  for (const [node, place] of Object.entries(places)) {
    if (!graph.hasNode(node)) continue;
    const { x, y } = graph.getNodeAttributes(node);
    if (x !== place.x || y !== place.y) moved[node] = place;
  }
  return moved;
}

function sameMembers(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}
