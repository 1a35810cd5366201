/**
 * Frames a console result: its actors are labelled (`framed`, read by the reducers) and the
 * camera moves onto them, until the subset changes.
 */
import type { AtlasSigma } from "./createSigma.ts";
import { useExplorer } from "../../core/store.ts";
import { frameNodes, onFrameRequest } from "../frameResult.ts";

export function bindFraming(sigma: AtlasSigma, framed: { current: ReadonlySet<string> }): () => void {
  const unsubscribe = useExplorer.subscribe((state, previous) => {
    if (state.subset !== previous.subset) framed.current = new Set();
  });
  // Framed once sigma has indexed the result's new nodes and the filters have hidden the rest.
  const stopFraming = onFrameRequest((ids) => {
    framed.current = new Set(ids);
    requestAnimationFrame(() => {
      sigma.refresh();
      frameNodes(sigma, ids);
    });
  });
  return () => {
    stopFraming();
    unsubscribe();
  };
}
