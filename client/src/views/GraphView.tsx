/**
 * The sigma view of the one graph. Sigma does not own any state: hover, selection, path and
 * filters reach it through node/edge reducers, so the graph's own attributes stay untouched.
 */
import { useEffect, useRef } from "react";
import Sigma from "sigma";
import type { Camera } from "sigma";
import type { CameraState, EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { EdgeLineProgram } from "sigma/rendering";
import { animateNodes } from "sigma/utils";
import type { EdgeAttributes, NodeAttributes } from "../core/atlasGraph.ts";
import { getGeoPositions, type Positions } from "../core/geoLayout.ts";
import { createLayoutController, type LayoutController } from "../core/layout.ts";
import { useExplorer } from "../core/store.ts";
import type { Visibility } from "../core/filters.ts";
import { frameNodes, onFrameRequest } from "./frameResult.ts";
import { MapLayer } from "./MapLayer.tsx";

declare global {
  interface Window {
    /** Read by the browser tests to assert on the graph state. */
    __atlas?: {
      sigma: Sigma<NodeAttributes, EdgeAttributes>;
      store: typeof useExplorer;
      visibility: () => Visibility;
      /** True once no layout switch is animating nodes or the camera: tests poll it. */
      settled: () => boolean;
    };
  }
}

/** Above this many edges the explorer draws for speed: plain lines, nothing drawn while moving. */
const LINE_EDGES_ABOVE = 5000;
const FADED_NODE = "#e6e6e6";
const FADED_EDGE = "#f0f0f0";
const PATH_COLOUR = "#000000";

export function GraphView({ visibility }: { visibility: Visibility }) {
  const container = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma<NodeAttributes, EdgeAttributes> | null>(null);
  const layoutRef = useRef<LayoutController | null>(null);
  const forcePositions = useRef<Positions | null>(null);
  /** A camera from the URL must survive the first layout change, which would otherwise reset it. */
  const keepCamera = useRef(useExplorer.getState().camera !== null);
  /** Layout switches still animating (nodes, then the camera reset). */
  const transitions = useRef(0);
  /** The last console result's actors: labelled until the subset changes. */
  const framed = useRef<Set<string>>(new Set());
  const visibilityRef = useRef(visibility);
  visibilityRef.current = visibility;
  const graph = useExplorer((s) => s.graph);
  const layout = useExplorer((s) => s.layout);

  useEffect(() => {
    if (!container.current) return;
    const store = useExplorer;
    const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container.current, {
      labelDensity: 0.07,
      labelGridCellSize: 70,
      labelRenderedSizeThreshold: 8,
      labelFont: "system-ui, sans-serif",
      // Level of detail: arrowheads while they can be seen; beyond 5,000 edges plain lines, which
      // draw two to four times faster (BENCHMARKS.md, renderers).
      defaultEdgeType: graph.size > LINE_EDGES_ABOVE ? "line" : "arrow",
      edgeProgramClasses: { line: EdgeLineProgram },
      zIndex: true,
      // Big graphs stay fluid while panning: edges and labels come back when the camera stops.
      hideEdgesOnMove: graph.size > LINE_EDGES_ABOVE,
      hideLabelsOnMove: graph.size > LINE_EDGES_ABOVE,
      nodeReducer: (node, data) => {
        const { selected, hovered, path } = store.getState();
        const shown = visibilityRef.current.nodes.has(node);
        if (!shown) return { ...data, hidden: true };
        const focus = hovered ?? selected;
        const onPath = path?.nodes.includes(node) ?? false;
        const result: Partial<NodeDisplayData> = { ...data };
        if (focus && node !== focus && !graph.areNeighbors(node, focus) && !onPath) {
          result.color = FADED_NODE;
          result.label = "";
          result.zIndex = 0;
        } else {
          result.zIndex = 1;
        }
        if (framed.current.has(node)) result.forceLabel = true;
        if (node === selected || node === hovered) {
          result.highlighted = true;
          result.forceLabel = true;
          result.zIndex = 2;
        }
        if (onPath) {
          result.forceLabel = true;
          result.highlighted = true;
          result.zIndex = 2;
        }
        return result;
      },
      edgeReducer: (edge, data) => {
        if (!visibilityRef.current.edges.has(edge)) return { ...data, hidden: true };
        const { selected, hovered, path } = store.getState();
        const result: Partial<EdgeDisplayData> = { ...data };
        if (path?.edges.includes(edge)) {
          result.color = PATH_COLOUR;
          result.size = 3;
          result.zIndex = 2;
          return result;
        }
        const focus = hovered ?? selected;
        if (focus) {
          const touches = graph.source(edge) === focus || graph.target(edge) === focus;
          result.color = touches ? "#6f6f6f" : FADED_EDGE;
          result.size = touches ? 1.5 : 0.5;
          result.zIndex = touches ? 1 : 0;
        }
        return result;
      },
    });
    sigmaRef.current = sigma;
    const layoutController = createLayoutController(graph, (running) => store.getState().setLayoutRunning(running));
    layoutRef.current = layoutController;

    sigma.on("clickNode", ({ node }) => store.getState().select(node));
    sigma.on("clickStage", () => store.getState().select(null));
    sigma.on("enterNode", ({ node }) => store.getState().hover(node));
    sigma.on("leaveNode", () => store.getState().hover(null));
    const camera = sigma.getCamera();
    const initialCamera = store.getState().camera;
    const stopGuard = initialCamera ? guardRestoredCamera(camera, initialCamera, area.current!) : () => undefined;
    let cameraTimer: number | undefined;
    camera.on("updated", (state) => {
      window.clearTimeout(cameraTimer);
      cameraTimer = window.setTimeout(
        () => store.getState().setCamera({ x: state.x, y: state.y, ratio: state.ratio }),
        250,
      );
    });

    const unsubscribe = store.subscribe((state, previous) => {
      if (state.subset !== previous.subset) framed.current = new Set();
      if (state.selected !== previous.selected || state.hovered !== previous.hovered || state.path !== previous.path) {
        sigma.refresh({ skipIndexation: true });
      }
      if (state.selected && state.selected !== previous.selected && graph.hasNode(state.selected)) {
        const display = sigma.getNodeDisplayData(state.selected);
        if (display && !state.hovered) camera.animate({ x: display.x, y: display.y }, { duration: 400 });
      }
    });
    // Framed once sigma has indexed the result's new nodes and the filters have hidden the rest.
    const stopFraming = onFrameRequest((ids) => {
      framed.current = new Set(ids);
      requestAnimationFrame(() => {
        sigma.refresh();
        frameNodes(sigma, ids);
      });
    });
    window.__atlas = {
      sigma,
      store,
      visibility: () => visibilityRef.current,
      settled: () => transitions.current === 0 && !camera.isAnimated(),
    };
    // Sigma only watches the window; the consoles opening below also resize the graph.
    const resizeObserver = new ResizeObserver(() => {
      sigma.resize();
      sigma.refresh({ skipIndexation: true });
    });
    resizeObserver.observe(container.current);
    return () => {
      stopGuard();
      stopFraming();
      resizeObserver.disconnect();
      unsubscribe();
      window.clearTimeout(cameraTimer);
      layoutController.kill();
      sigma.kill();
      sigmaRef.current = null;
    };
  }, [graph]);

  useEffect(() => {
    sigmaRef.current?.refresh();
  }, [visibility]);

  // The layout toggle: remember the force positions, animate to the map, and back.
  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma) return;
    const animateThenFit = (target: Positions) => {
      transitions.current++;
      animateNodes(graph, target, { duration: 600 }, () => {
        void sigma
          .getCamera()
          .animatedReset({ duration: 300 })
          .finally(() => transitions.current--);
      });
    };
    if (layout === "geo") {
      layoutRef.current?.stop();
      if (!forcePositions.current) {
        forcePositions.current = {};
        graph.forEachNode((node, a) => (forcePositions.current![node] = { x: a.x, y: a.y }));
      }
      const positions = getGeoPositions(graph);
      if (keepCamera.current) {
        // Restoring a shared view: jump to the map without touching the camera from the URL.
        keepCamera.current = false;
        graph.updateEachNodeAttributes((node, a) => ({ ...a, ...positions[node] }));
        const restored = useExplorer.getState().camera;
        if (restored) sigma.getCamera().setState(restored);
      } else {
        animateThenFit(positions);
      }
    } else if (forcePositions.current) {
      keepCamera.current = false;
      const target = forcePositions.current;
      forcePositions.current = null;
      animateThenFit(target);
    }
  }, [layout, graph]);

  return (
    <div className="graph-area" ref={area}>
      {layout === "geo" && <MapLayer sigma={sigmaRef} />}
      <div ref={container} className="graph-view" data-testid="graph-view" />
      <LayoutButtons layoutRef={layoutRef} sigmaRef={sigmaRef} />
    </div>
  );
}

/**
 * A shared URL's camera must win over whatever the first moments do (the layout switch's
 * animation, resizes, late frames): for two seconds, a camera change the user did not make
 * (no pointer, wheel or key in the graph area) is undone.
 */
function guardRestoredCamera(
  camera: Camera,
  restored: Pick<CameraState, "x" | "y" | "ratio">,
  area: HTMLElement,
): () => void {
  camera.setState(restored);
  const until = Date.now() + 2000;
  let userMoved = false;
  const markUser = () => (userMoved = true);
  const events = ["pointerdown", "wheel", "keydown"] as const;
  for (const event of events) area.addEventListener(event, markUser, { capture: true });
  const onUpdated = (state: CameraState) => {
    if (userMoved || Date.now() > until) return;
    if (state.x !== restored.x || state.y !== restored.y || state.ratio !== restored.ratio) camera.setState(restored);
  };
  camera.on("updated", onUpdated);
  return () => {
    camera.off("updated", onUpdated);
    for (const event of events) area.removeEventListener(event, markUser, { capture: true });
  };
}

function LayoutButtons({
  layoutRef,
  sigmaRef,
}: {
  layoutRef: React.RefObject<LayoutController | null>;
  sigmaRef: React.RefObject<Sigma<NodeAttributes, EdgeAttributes> | null>;
}) {
  const running = useExplorer((s) => s.layoutRunning);
  const layout = useExplorer((s) => s.layout);
  const camera = () => sigmaRef.current?.getCamera();
  return (
    <div className="graph-controls" role="toolbar" aria-label="Graph controls">
      <button type="button" onClick={() => camera()?.animatedZoom({ duration: 200 })} aria-label="Zoom in">
        +
      </button>
      <button type="button" onClick={() => camera()?.animatedUnzoom({ duration: 200 })} aria-label="Zoom out">
        −
      </button>
      <button type="button" onClick={() => camera()?.animatedReset({ duration: 300 })} aria-label="Fit the graph">
        Fit
      </button>
      {layout === "force" && (
        <button
          type="button"
          data-testid="layout-toggle"
          aria-pressed={running}
          onClick={() => (running ? layoutRef.current?.stop() : layoutRef.current?.start())}
        >
          {running ? "Stop layout" : "Run layout"}
        </button>
      )}
    </div>
  );
}
