/**
 * The label density chosen in the controls (store, URL) reaches sigma's label grid. More labels
 * also means labels for smaller nodes: the size threshold falls as the density rises.
 */
import { useExplorer } from "../../core/store.ts";
import { DEFAULT_LABEL_DENSITY, DEFAULT_LABEL_SIZE_THRESHOLD, type AtlasSigma } from "./createSigma.ts";

export function bindLabelDensity(sigma: AtlasSigma): () => void {
  const apply = (chosen: number | null) => {
    const density = chosen ?? DEFAULT_LABEL_DENSITY;
    sigma.setSetting("labelDensity", density);
    const threshold = DEFAULT_LABEL_SIZE_THRESHOLD * Math.min(1, DEFAULT_LABEL_DENSITY / density);
    sigma.setSetting("labelRenderedSizeThreshold", threshold);
  };
  apply(useExplorer.getState().labelDensity);
  return useExplorer.subscribe((state, previous) => {
    if (state.labelDensity !== previous.labelDensity) apply(state.labelDensity);
  });
}
