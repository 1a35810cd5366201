/** Zoom, fit what is shown and the force layout's run/stop (a subset: its local layout again), over the graph. */
import type { RefObject } from "react";
import type { LayoutController } from "../../core/layout.ts";
import { useExplorer } from "../../core/store.ts";
import type { AtlasSigma } from "./createSigma.ts";
import type { FramingRef } from "./useViewFraming.ts";

export function LayoutButtons({
  layoutRef,
  sigmaRef,
  framing,
}: {
  layoutRef: RefObject<LayoutController | null>;
  sigmaRef: RefObject<AtlasSigma | null>;
  framing: FramingRef;
}) {
  const running = useExplorer((s) => s.layoutRunning);
  const layout = useExplorer((s) => s.layout);
  const subset = useExplorer((s) => s.subset);
  const camera = () => sigmaRef.current?.getCamera();
  return (
    <div className="graph-controls" role="toolbar" aria-label="Graph controls">
      <button type="button" onClick={() => camera()?.animatedZoom({ duration: 200 })} aria-label="Zoom in">
        +
      </button>
      <button type="button" onClick={() => camera()?.animatedUnzoom({ duration: 200 })} aria-label="Zoom out">
        −
      </button>
      <button type="button" onClick={() => void framing.current.fit()} aria-label="Fit what is shown">
        Fit
      </button>
      {layout === "force" && subset !== null && (
        <button type="button" data-testid="relayout" onClick={() => framing.current.relayout()}>
          Lay out again
        </button>
      )}
      {layout === "force" && subset === null && (
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
