/**
 * Labels a console result's actors (`framed`, read by the reducers) until the subset changes; the
 * camera moves onto them as onto any new subset (useViewFraming.ts).
 */
import type { AtlasSigma } from "./createSigma.ts";
import { useExplorer } from "../../core/store.ts";
import { onFrameRequest } from "../frameResult.ts";

export function bindFraming(sigma: AtlasSigma, framed: { current: ReadonlySet<string> }): () => void {
  const unsubscribe = useExplorer.subscribe((state, previous) => {
    if (state.subset !== previous.subset) framed.current = new Set();
  });
  const stopFraming = onFrameRequest((ids) => {
    framed.current = new Set(ids);
    sigma.refresh();
  });
  return () => {
    stopFraming();
    unsubscribe();
  };
}
