/** Zoom, fit and the force layout's run/stop, over the graph. */
import type { RefObject } from "react";
import type { LayoutController } from "../../core/layout.ts";
import { useExplorer } from "../../core/store.ts";
import type { AtlasSigma } from "./createSigma.ts";

export function LayoutButtons({
  layoutRef,
  sigmaRef,
}: {
  layoutRef: RefObject<LayoutController | null>;
  sigmaRef: RefObject<AtlasSigma | null>;
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
