/** The label density chosen in the controls (store, URL) reaches sigma's label grid. */
import { useExplorer } from "../../core/store.ts";
import { DEFAULT_LABEL_DENSITY, type AtlasSigma } from "./createSigma.ts";

export function bindLabelDensity(sigma: AtlasSigma): () => void {
  const apply = (density: number | null) => sigma.setSetting("labelDensity", density ?? DEFAULT_LABEL_DENSITY);
  apply(useExplorer.getState().labelDensity);
  return useExplorer.subscribe((state, previous) => {
    if (state.labelDensity !== previous.labelDensity) apply(state.labelDensity);
  });
}
