/**
 * The sigma view of the one graph. Sigma does not own any state: hover, selection, path and
 * filters reach it through node/edge reducers (graph/reducers.ts), so the graph's own attributes
 * stay untouched. Each bridge between sigma and the rest is a small controller in graph/.
 */
import { useEffect, useRef } from "react";
import type { Visibility } from "../core/filters.ts";
import { createLayoutController, type LayoutController } from "../core/layout.ts";
import { useExplorer } from "../core/store.ts";
import { bindCameraSync } from "./graph/cameraSync.ts";
import { createSigma, type AtlasSigma } from "./graph/createSigma.ts";
import { bindExplorerEvents } from "./graph/explorerEvents.ts";
import { bindNodeDragging } from "./graph/dragNodes.ts";
import { bindFraming } from "./graph/framing.ts";
import { bindLabelDensity } from "./graph/labelDensity.ts";
import { LayoutButtons } from "./graph/LayoutButtons.tsx";
import { observeResize } from "./graph/resize.ts";
import { LABEL_ALL_UP_TO } from "../core/upClose/localLayout.ts";
import { useLayoutTransition } from "./graph/useLayoutTransition.ts";
import { useViewFraming, type FramingRef } from "./graph/useViewFraming.ts";
import { MapLayer } from "./MapLayer.tsx";
import { UpCloseControls } from "./upClose/UpCloseControls.tsx";
import { useKeyboardWalk } from "./a11y/useKeyboardWalk.tsx";

declare global {
  interface Window {
    /** Read by the browser tests to assert on the graph state. */
    __atlas?: {
      sigma: AtlasSigma;
      store: typeof useExplorer;
      visibility: () => Visibility;
      /** True once what is shown is laid out and framed, and nothing animates: tests poll it. */
      settled: () => boolean;
    };
  }
}

export function GraphView({ visibility }: { visibility: Visibility }) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<AtlasSigma | null>(null);
  const layoutRef = useRef<LayoutController | null>(null);
  /** Layout switches still animating (nodes, then the camera reset). */
  const transitions = useRef(0);
  /** The last console result's actors: labelled until the subset changes. */
  const framed = useRef<ReadonlySet<string>>(new Set());
  const visibilityRef = useRef(visibility);
  /** The view's framing, made after sigma (its effect must run second): read by `settled`. */
  const framingHandle = useRef<FramingRef | null>(null);
  visibilityRef.current = visibility;
  const graph = useExplorer((s) => s.graph);
  const layout = useExplorer((s) => s.layout);
  const walk = useKeyboardWalk(visibility);

  useEffect(() => {
    if (!container.current) return;
    const store = useExplorer;
    const sigma = createSigma(graph, container.current, () => {
      const { selected, alsoSelected, hovered, path, appearance } = store.getState();
      return {
        selected,
        alsoSelected,
        hovered,
        path,
        visibility: visibilityRef.current,
        framed: framed.current,
        appearance: appearance?.styles ?? null,
        labelAll: visibilityRef.current.nodes.size <= LABEL_ALL_UP_TO,
      };
    });
    sigmaRef.current = sigma;
    const layoutController = createLayoutController(graph, (running) => store.getState().setLayoutRunning(running));
    layoutRef.current = layoutController;
    const stopCameraSync = bindCameraSync(sigma);
    const stopDragging = bindNodeDragging(sigma);
    const stopLabelDensity = bindLabelDensity(sigma);
    // Before the events: a subset change clears the framed actors before anything redraws.
    const stopFraming = bindFraming(sigma, framed);
    const stopEvents = bindExplorerEvents(sigma, graph);
    const stopAppearance = store.subscribe((state, previous) => {
      if (state.appearance !== previous.appearance) sigma.refresh();
    });
    window.__atlas = {
      sigma,
      store,
      visibility: () => visibilityRef.current,
      settled: () =>
        transitions.current === 0 &&
        !sigma.getCamera().isAnimated() &&
        (framingHandle.current?.current.isCurrent() ?? false),
    };
    const stopResize = observeResize(sigma, container.current);
    return () => {
      stopCameraSync();
      stopDragging();
      stopLabelDensity();
      stopFraming();
      stopResize();
      stopEvents();
      stopAppearance();
      layoutController.kill();
      sigma.kill();
      sigmaRef.current = null;
    };
  }, [graph]);

  useEffect(() => {
    sigmaRef.current?.refresh();
  }, [visibility]);

  const framing = useViewFraming(sigmaRef, transitions, graph, visibility, layout);
  framingHandle.current = framing;
  useLayoutTransition(sigmaRef, layoutRef, transitions, graph, layout, framing);

  return (
    <div className="graph-area">
      {layout === "geo" && <MapLayer sigma={sigmaRef} />}
      <div ref={container} className="graph-view" data-testid="graph-view" {...walk.containerProps} />
      {walk.announcer}
      <LayoutButtons layoutRef={layoutRef} sigmaRef={sigmaRef} framing={framing} />
      <UpCloseControls />
    </div>
  );
}
